using System.Text.RegularExpressions;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Statistics;
using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Etl.Authorities;

/// <summary>
/// DfE's statistical neighbours model in its wide layout (<c>sn_model_2025_wide.csv</c>):
/// <c>old_la_code, la_name, region_ind, region_name, SN_1, SN_1P, ..., SN_10, SN_10P</c>, read by header
/// name; closeness labels have their trailing spaces trimmed.
/// </summary>
public static partial class NeighbourFile
{
    public const int Neighbours = 10;
    private static readonly string[] KeyColumn = ["old_la_code"];

    /// <summary>Reads every authority's neighbours; rows naming codes that are not English authorities are rejected.</summary>
    public static (List<NeighbourRow> Rows, List<StatisticReject> Rejects, long RowsRead) Read(TextReader text, string fileName, AuthorityDirectory authorities)
    {
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            columns.TryAdd(csv.GetName(i).Trim().TrimStart('\uFEFF'), i);
        }

        var required = KeyColumn.Concat(Enumerable.Range(1, Neighbours).Select(n => $"SN_{n}")).ToList();
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FileRefusedException(
                $"{fileName}: not a DfE statistical neighbours file: column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} missing. " +
                "Expected old_la_code, la_name, region_ind, region_name, SN_1, SN_1P, ..., SN_10, SN_10P (the wide layout DfE publishes).");
        }

        var rows = new List<NeighbourRow>();
        var rejects = new List<StatisticReject>();
        long read = 0;
        long rowNumber = 1;
        while (csv.Read())
        {
            rowNumber++;
            var laCode = csv.GetString(columns["old_la_code"]).Trim();
            if (laCode.Length == 0)
            {
                continue;
            }

            read++;
            if (!authorities.Knows(laCode))
            {
                rejects.Add(new StatisticReject(rowNumber, "old_la_code", laCode, $"{laCode} is not the DfE code of an English authority with children's services"));
                continue;
            }

            var neighbours = new List<NeighbourRow>(Neighbours);
            for (var n = 1; n <= Neighbours; n++)
            {
                var code = csv.GetString(columns[$"SN_{n}"]).Trim();
                if (!authorities.Knows(code))
                {
                    rejects.Add(new StatisticReject(rowNumber, $"SN_{n}", code, $"neighbour {n} ({code}) is not the DfE code of an English authority with children's services"));
                    neighbours.Clear();
                    break;
                }

                var closeness = columns.TryGetValue($"SN_{n}P", out var p) ? csv.GetString(p).Trim() : null;
                neighbours.Add(new NeighbourRow(rowNumber, laCode, (short)n, code, string.IsNullOrEmpty(closeness) ? null : closeness));
            }

            rows.AddRange(neighbours);
        }

        return (rows, rejects, read);
    }

    /// <summary>The model label from the file name (<c>sn_model_2025_wide.csv</c> gives <c>2025</c>), or null.</summary>
    public static string? ModelFromFileName(string fileName)
    {
        var match = ModelYear().Match(Path.GetFileNameWithoutExtension(fileName));
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex ModelYear();
}
