using System.Data.Common;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>Names and opens source connections, always read-only: a pull never writes to a case system.</summary>
internal static class SourceConnections
{
    public const string ApplicationName = "ComplaintsAnalytics pull";

    /// <summary>The provider an options value names (its ADO.NET package name, or a short name), or null.</summary>
    public static SourceProvider? Parse(string name) => name.Trim().ToUpperInvariant() switch
    {
        "MICROSOFT.DATA.SQLCLIENT" or "SQLCLIENT" or "SQLSERVER" => SourceProvider.SqlServer,
        "DUCKDB.NET.DATA" or "DUCKDB" => SourceProvider.DuckDb,
        "MICROSOFT.DATA.SQLITE" or "SQLITE" => SourceProvider.Sqlite,
        _ => null,
    };

    public static string PackageName(SourceProvider provider) => provider switch
    {
        SourceProvider.SqlServer => "Microsoft.Data.SqlClient",
        SourceProvider.DuckDb => "DuckDB.NET.Data",
        _ => "Microsoft.Data.Sqlite",
    };

    /// <summary>
    /// A connection with read-only intent: SQL Server's <c>ApplicationIntent=ReadOnly</c> (routed to a readable
    /// secondary where there is one), SQLite's read-only mode, DuckDB's read-only access mode.
    /// </summary>
    public static DbConnection Create(SourceProvider provider, string connectionString) => provider switch
    {
        SourceProvider.SqlServer => new SqlConnection(SqlServerReadOnly(connectionString)),

        // No pooling: a nightly pull opens one connection, and a pooled one would keep the file open.
        SourceProvider.Sqlite => new SqliteConnection(
            new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString),
        _ => new DuckDBConnection(DuckDbReadOnly(connectionString)),
    };

    public static string SqlServerReadOnly(string connectionString)
    {
        var builder = new SqlConnectionStringBuilder(connectionString) { ApplicationIntent = ApplicationIntent.ReadOnly };
        if (builder.ApplicationName == new SqlConnectionStringBuilder().ApplicationName)
        {
            builder.ApplicationName = ApplicationName;
        }

        return builder.ConnectionString;
    }

    private static string DuckDbReadOnly(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        builder["ACCESS_MODE"] = "READ_ONLY";
        return builder.ConnectionString;
    }
}
