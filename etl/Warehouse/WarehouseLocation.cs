namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>Where the warehouse lives: a DuckDB file path (the embedded default) or a connection string.</summary>
public sealed record WarehouseLocation(string Value)
{
    public const string DefaultPath = "data/warehouse.duckdb";
    public const string EnvironmentVariable = "COMPLAINTS_WAREHOUSE";

    /// <summary>True when the value names a SQL Server database rather than a DuckDB file.</summary>
    public bool IsSqlServer =>
        Value.Contains("Server=", StringComparison.OrdinalIgnoreCase) ||
        Value.Contains("Initial Catalog=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The option value, else the environment variable, else <see cref="DefaultPath"/>.</summary>
    public static WarehouseLocation Resolve(string? option) =>
        new(option ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? DefaultPath);

    /// <summary>The DuckDB file the location names (from a path or a <c>Data Source=</c> connection string).</summary>
    public string FilePath =>
        Value.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? Value["Data Source=".Length..].Split(';')[0].Trim()
            : Value;

    /// <summary>True when the connection string opens DuckDB read-only: verbs then read without migrating.</summary>
    public bool IsReadOnly =>
        Value.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("ACCESS_MODE=READ_ONLY", StringComparison.OrdinalIgnoreCase);

    public string DuckDbConnectionString
    {
        get
        {
            if (Value.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
            {
                return Value;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(Value));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            return $"Data Source={Value}";
        }
    }
}
