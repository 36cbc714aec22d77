using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;

namespace ComplaintsAnalytics.Jobs.Tests;

/// <summary>Reads a warehouse file after the process that wrote it has exited.</summary>
internal static class WarehouseQuery
{
    public static T Scalar<T>(string warehouse, string sql)
    {
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(warehouse));
        return connection.ExecuteScalar<T>(sql)!;
    }

    public static IReadOnlyList<T> List<T>(string warehouse, string sql)
    {
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(warehouse));
        return connection.Query<T>(sql).ToList();
    }

    /// <summary>Row counts of every table in the dw, etl and mart schemas.</summary>
    public static IReadOnlyDictionary<string, long> TableCounts(string warehouse)
    {
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(warehouse));
        var tables = connection.Query<string>(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema IN ('dw', 'etl', 'staging') AND table_type = 'BASE TABLE' ORDER BY 1").ToList();
        return tables.ToDictionary(t => t, t => connection.ExecuteScalar<long>($"SELECT count(*) FROM {t}"));
    }
}
