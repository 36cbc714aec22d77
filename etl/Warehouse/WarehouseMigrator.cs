using System.Data;
using System.Security.Cryptography;
using System.Text;
using ComplaintsAnalytics.Etl.Calendar;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>
/// Applies the numbered scripts in warehouse-sql/duckdb/ that the warehouse has not seen, each in its own
/// transaction, records them in <c>etl.schema_version</c>, then seeds the reference dimensions.
/// </summary>
public sealed partial class WarehouseMigrator
{
    private readonly ILogger<WarehouseMigrator> _logger;
    private readonly ReferenceDataSeeder _seeder;

    public WarehouseMigrator(ILogger<WarehouseMigrator> logger, TimeProvider clock, TimescaleSettings timescales)
    {
        _logger = logger;
        _seeder = new ReferenceDataSeeder(clock, timescales);
        Clock = clock;
    }

    private TimeProvider Clock { get; }

    /// <summary>Brings the schema up to date. Returns the versions applied by this call.</summary>
    public IReadOnlyList<int> Migrate(DuckDBConnection connection)
    {
        connection.Execute("""
            CREATE SCHEMA IF NOT EXISTS etl;
            CREATE TABLE IF NOT EXISTS etl.schema_version (
                version     INTEGER PRIMARY KEY,
                script      VARCHAR NOT NULL,
                checksum    VARCHAR NOT NULL,
                applied_at  TIMESTAMP NOT NULL
            );
            """);
        // Every script not yet recorded runs, in number order: capabilities own number ranges, so a
        // lower number can arrive after a higher one has been applied.
        var done = connection.Query<int>("SELECT version FROM etl.schema_version").ToHashSet();
        var applied = new List<int>();
        foreach (var (version, name) in EmbeddedSql.Migrations("duckdb").Where(m => !done.Contains(m.Version)))
        {
            var script = EmbeddedSql.Read($"duckdb/{name}");
            using var transaction = connection.BeginTransaction();
            connection.Execute(script, transaction: transaction);
            connection.Execute(
                "INSERT INTO etl.schema_version VALUES ($version, $script, $checksum, $applied_at)",
                new { version, script = name, checksum = Checksum(script), applied_at = Clock.GetUtcNow().UtcDateTime },
                transaction);
            transaction.Commit();

            // Into the file at once: DuckDB 1.5 cannot replay a view from its write-ahead log.
            connection.Execute("CHECKPOINT");
            applied.Add(version);
            LogApplied(name);
        }

        using (var transaction = connection.BeginTransaction())
        {
            _seeder.Seed(connection, transaction);
            transaction.Commit();
        }

        // Write the new schema into the file now: DuckDB 1.5 cannot replay a view definition from its
        // write-ahead log, so a process killed before the next checkpoint would leave a warehouse that
        // no longer opens.
        if (applied.Count > 0)
        {
            connection.Execute("CHECKPOINT");
        }

        return applied;
    }

    /// <summary>The schema version the warehouse is at (0 when it has never been migrated).</summary>
    public static int CurrentVersion(IDbConnection connection) =>
        connection.ExecuteScalar<int?>(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'etl' AND table_name = 'schema_version') THEN 1 ELSE 0 END") == 1
            ? connection.ExecuteScalar<int?>("SELECT max(version) FROM etl.schema_version") ?? 0
            : 0;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Applied warehouse migration {Script}")]
    private partial void LogApplied(string script);

    private static string Checksum(string script) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script)))[..16];
}
