using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>The tables and views of a migrated warehouse, their columns and types, and their single-column keys.</summary>
internal sealed class WarehouseCatalog
{
    /// <summary>
    /// Since migration 075 DuckDB's two case fact tables declare no keys (each was an index every load paid for); their
    /// surrogate keys stay unique by the load (FactKeyTests), and SQL Server declares them.
    /// </summary>
    private static readonly string[] KeysKeptByTheLoad = ["dw.fact_complaint_stage.complaint_stage_key", "dw.fact_representation.representation_key"];

    private readonly Dictionary<string, Dictionary<string, string>> _columns;
    private readonly HashSet<string> _keys;

    private WarehouseCatalog(Dictionary<string, Dictionary<string, string>> columns, HashSet<string> keys)
    {
        _columns = columns;
        _keys = keys;
    }

    public IReadOnlyCollection<string> Objects => _columns.Keys;

    public static WarehouseCatalog Read(DuckDBConnection connection)
    {
        var columns = connection.Query<(string Schema, string Table, string Column, string Type)>(
                "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns ORDER BY table_schema, table_name, ordinal_position")
            .GroupBy(c => $"{c.Schema}.{c.Table}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Column, c => c.Type, StringComparer.Ordinal), StringComparer.Ordinal);
        var keys = connection.Query<string>(
                """
                SELECT schema_name || '.' || table_name || '.' || constraint_column_names[1]
                FROM duckdb_constraints()
                WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND len(constraint_column_names) = 1
                """)
            .Concat(KeysKeptByTheLoad)
            .ToHashSet(StringComparer.Ordinal);
        return new WarehouseCatalog(columns, keys);
    }

    public bool Has(string fullName) => _columns.ContainsKey(fullName);

    /// <summary>The column's DuckDB type, or null when the table or view has no such column.</summary>
    public string? TypeOf(string fullName, string column) =>
        _columns.TryGetValue(fullName, out var columns) && columns.TryGetValue(column, out var type) ? type : null;

    /// <summary>True when the column alone is the table's primary key or a unique constraint (or a surrogate key the load keeps unique).</summary>
    public bool IsKey(string fullName, string column) => _keys.Contains($"{fullName}.{column}");

    /// <summary>The TMDL data type a column of this DuckDB type loads as (the same on SQL Server, whose types the parity tests match).</summary>
    public static string TmdlTypeOf(string duckDbType)
    {
        var upper = duckDbType.ToUpperInvariant();
        return upper switch
        {
            "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" => "int64",
            "REAL" or "FLOAT" or "DOUBLE" => "double",
            "BOOLEAN" => "boolean",
            "DATE" or "TIMESTAMP" => "dateTime",
            "VARCHAR" => "string",
            _ when upper.StartsWith("DECIMAL", StringComparison.Ordinal) => "decimal",
            _ => $"(no TMDL type for {duckDbType})",
        };
    }
}
