namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// How a DuckDB column becomes a push-dataset column: its Power BI type, and the select expression that
/// hands the client a value of that type (128-bit integers and decimals are cast, since the row writer
/// converts through <see cref="IConvertible"/>).
/// </summary>
internal static class PushColumnMapping
{
    public static PushDataType TypeOf(string duckDbType) => Family(duckDbType) switch
    {
        "BOOLEAN" => PushDataType.Boolean,
        "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "UTINYINT" or "USMALLINT" or "UINTEGER" or "UBIGINT" or "HUGEINT" => PushDataType.Int64,
        "DECIMAL" or "DOUBLE" or "FLOAT" or "REAL" => PushDataType.Double,
        "DATE" or "TIMESTAMP" or "TIMESTAMP WITH TIME ZONE" => PushDataType.DateTime,
        _ => PushDataType.String,
    };

    /// <summary>The select-list item for the column, named as the column.</summary>
    public static string Select(string column, string duckDbType)
    {
        var name = Quote(column);
        var family = Family(duckDbType);
        return family switch
        {
            "UBIGINT" or "HUGEINT" => $"CAST({name} AS BIGINT) AS {name}",
            "DECIMAL" => $"CAST({name} AS DOUBLE) AS {name}",
            _ when TypeOf(duckDbType) == PushDataType.String && family != "VARCHAR" => $"CAST({name} AS VARCHAR) AS {name}",
            _ => name,
        };
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Family(string duckDbType)
    {
        var upper = duckDbType.Trim().ToUpperInvariant();
        var parenthesis = upper.IndexOf('(', StringComparison.Ordinal);
        return parenthesis < 0 ? upper : upper[..parenthesis];
    }
}
