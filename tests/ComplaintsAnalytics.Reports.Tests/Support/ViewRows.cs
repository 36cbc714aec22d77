using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>A council's rows of one <c>mart.annual_*</c> view, as column-name dictionaries.</summary>
public sealed class ViewRows
{
    private readonly List<IDictionary<string, object?>> _rows;

    public ViewRows(DuckDBConnection connection, string view, string laCode)
    {
        View = view;
        _rows = [.. connection.Query($"SELECT * FROM {view} WHERE la_code = $la", new { la = laCode }).Cast<IDictionary<string, object?>>()];
    }

    public string View { get; }

    public IReadOnlyList<IDictionary<string, object?>> All => _rows;

    /// <summary>The single row where every named column equals the value given.</summary>
    public IDictionary<string, object?> One(params (string Column, object Value)[] where)
    {
        var found = Where(where).ToList();
        Assert.True(found.Count == 1, $"{View}: {found.Count} rows where {string.Join(", ", where.Select(w => $"{w.Column} = {w.Value}"))}");
        return found[0];
    }

    public IEnumerable<IDictionary<string, object?>> Where(params (string Column, object Value)[] where) =>
        _rows.Where(r => where.All(w => Equals(Normalise(r[w.Column]), Normalise(w.Value))));

    private static object? Normalise(object? value) => value switch
    {
        short s => (long)s,
        int i => (long)i,
        _ => value,
    };
}
