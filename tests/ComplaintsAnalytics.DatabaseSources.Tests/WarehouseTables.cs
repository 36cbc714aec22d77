using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

/// <summary>
/// The star's tables and the marts of 006, as sorted text rows, without what only says how the rows
/// got there: surrogate keys (a team by its name instead), run ids, the row's position in the source's
/// result, and deletion marks (a marked row is out of the live facts the marts show).
/// </summary>
public static class WarehouseTables
{
    // Keys a load assigns in its own order (the team is compared by name instead) and lineage.
    private static readonly string[] Surrogates = ["complaint_stage_key", "representation_key", "team_key", "source_row", "deleted_at"];

    /// <summary>The mart views of 006 (which 041 filters), the ones this capability answers for.</summary>
    public static IReadOnlyList<string> Marts { get; } = ["mart.complaint_stage", "mart.complaint_timeliness", "mart.representations_by_year"];

    /// <summary>Every dw table (whoever's capability made it), then the marts of 006.</summary>
    public static IReadOnlyList<string> Names(DuckDBConnection connection) =>
        [.. connection.Query<string>(
            """
            SELECT table_schema || '.' || table_name FROM information_schema.tables
            WHERE table_catalog = current_database() AND table_schema = 'dw'
            ORDER BY 1
            """),
        .. Marts];

    /// <summary>Null when both warehouses hold the same rows in <paramref name="table"/>, else the first difference.</summary>
    public static string? Difference(DuckDBConnection expected, DuckDBConnection actual, string table)
    {
        var want = Rows(expected, table);
        var got = Rows(actual, table);
        if (want.SequenceEqual(got))
        {
            return null;
        }

        var missing = want.Except(got).FirstOrDefault() ?? "(none)";
        var extra = got.Except(want).FirstOrDefault() ?? "(none)";
        return $"{table}: {want.Count} rows expected, {got.Count} found; missing {missing}; unexpected {extra}";
    }

    public static IReadOnlyList<string> Rows(DuckDBConnection connection, string table)
    {
        var query = table switch
        {
            "dw.fact_complaint_stage" => $"SELECT {Columns(connection, table, "f")}, t.team_name, t.reporting_team FROM {table} AS f LEFT JOIN dw.dim_team AS t USING (team_key) WHERE f.deleted_at IS NULL",
            "dw.fact_representation" => $"SELECT {Columns(connection, table, "f")}, t.team_name, t.reporting_team FROM {table} AS f LEFT JOIN dw.dim_team AS t USING (team_key) WHERE f.deleted_at IS NULL",
            "dw.bridge_complaint_theme" => $"SELECT f.case_reference, f.stage, {Columns(connection, table, "b")} FROM {table} AS b JOIN dw.fact_complaint_stage AS f USING (complaint_stage_key)",
            _ when table.StartsWith("dw.", StringComparison.Ordinal) => $"SELECT {Columns(connection, table, "x")} FROM {table} AS x",
            _ => $"SELECT * FROM {table}",
        };
        using var reader = connection.ExecuteReader(query);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}")));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The table's columns less surrogate keys, run ids and lineage, whichever capability added them.</summary>
    private static string Columns(DuckDBConnection connection, string table, string alias)
    {
        var names = connection.Query<string>(
            "SELECT column_name FROM information_schema.columns WHERE table_schema || '.' || table_name = $table ORDER BY ordinal_position",
            new { table });
        return string.Join(", ", names
            .Where(n => !Surrogates.Contains(n) && !n.EndsWith("_run_id", StringComparison.Ordinal))
            .Select(n => $"{alias}.{n}"));
    }
}
