using System.Globalization;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>
/// A DfE explore-education-statistics CSV, read by header name (publishers order columns differently):
/// the common leading columns give each row's geography; measures are read as text first.
/// </summary>
public sealed class EesTable : IDisposable
{
    /// <summary>The leading columns every table carries (new_la_code is optional).</summary>
    public static readonly IReadOnlyList<string> LeadingColumns =
        ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "old_la_code", "la_name"];

    private readonly ITabularReader _reader;
    private readonly Dictionary<string, int> _columns;

    private EesTable(ITabularReader reader, string fileName)
    {
        _reader = reader;
        FileName = fileName;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reader.Headers.Count; i++)
        {
            _columns.TryAdd(reader.Headers[i].Trim().TrimStart('\uFEFF'), i);
        }
    }

    public string FileName { get; }

    public IReadOnlyList<string> Headers => _reader.Headers;

    public long RowNumber => _reader.RowNumber;

    /// <summary>
    /// Opens a table, refusing it unless it has the leading columns (naming <paramref name="what"/> and
    /// what is missing).
    /// </summary>
    public static EesTable Open(string path, string what)
    {
        var fileName = Path.GetFileName(path);
        if (!string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new FileRefusedException($"{fileName}: {what} files are CSV as DfE publishes them on explore-education-statistics; this is not a .csv file.");
        }

        var table = new EesTable(TabularReaderFactory.Open(path), fileName);
        var missing = LeadingColumns.Where(c => !table.Has(c)).ToList();
        if (missing.Count > 0)
        {
            table.Dispose();
            throw new FileRefusedException(
                $"{fileName}: not a DfE {what} table: column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} missing. " +
                $"DfE tables start with {string.Join(", ", LeadingColumns)}; found: {string.Join(", ", table.Headers.Take(12))}.");
        }

        return table;
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public bool Read() => _reader.Read();

    /// <summary>The trimmed text of <paramref name="column"/> in the current row; empty when absent.</summary>
    public string Text(string column) =>
        _columns.TryGetValue(column, out var i) ? Convert.ToString(_reader.GetValue(i), CultureInfo.InvariantCulture)?.Trim() ?? string.Empty : string.Empty;

    /// <summary>The raw cell of <paramref name="column"/>.</summary>
    public object? Cell(string column) => _columns.TryGetValue(column, out var i) ? _reader.GetValue(i) : null;

    /// <summary>The current row's area, or null when its geographic level is not national, regional or local authority.</summary>
    public EesArea? Area()
    {
        var level = Text("geographic_level");
        return level.ToUpperInvariant() switch
        {
            "NATIONAL" => new EesArea("National", Text("country_code"), Text("country_name"), null, null),
            "REGIONAL" => new EesArea("Regional", Text("region_code"), Text("region_name"), null, Text("region_code")),
            "LOCAL AUTHORITY" => new EesArea(StatisticRow.LocalAuthority, Text("old_la_code"), Text("la_name"), Text("old_la_code"), Text("region_code")),
            _ => null,
        };
    }

    public void Dispose() => _reader.Dispose();
}
