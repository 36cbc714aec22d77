using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.Etl.DatabaseSources.Benchmark;

/// <summary>
/// Builds a CaseBook stand-in of N invented cases, then measures a plain data-reader loop over the pull query
/// against the whole pull into a fresh warehouse, an incremental pull with nothing changed, and the full key
/// comparison. The caller measures each phase (time and peak memory are the host's to read).
/// </summary>
public sealed class PullBenchmark
{
    private readonly CaseImport _import;
    private readonly WarehouseMigrator _migrator;
    private readonly TimeProvider _clock;

    public PullBenchmark(CaseImport import, WarehouseMigrator migrator, TimeProvider clock)
    {
        _import = import;
        _migrator = migrator;
        _clock = clock;
    }

    /// <param name="kit">The stand-in's files.</param>
    /// <param name="folder">Where the stand-in and the warehouse are written (replaced if there).</param>
    /// <param name="rows">Cases to generate, one stage (one pulled row) each.</param>
    /// <param name="measure">Runs one phase (its name, the work returning rows handled) and measures it.</param>
    public IReadOnlyList<BenchmarkPhase> Run(StandInKit kit, string folder, int rows, Func<string, Func<long>, BenchmarkPhase> measure)
    {
        Directory.CreateDirectory(folder);
        var standIn = Path.Combine(folder, $"casebook-{rows}.sqlite");
        var warehousePath = Path.Combine(folder, $"pull-{rows}.duckdb");
        var phases = new List<BenchmarkPhase>
        {
            measure("generate the stand-in (SQLite)", () =>
            {
                kit.Create(standIn, rows);
                return rows;
            }),
            measure("plain reader loop over the pull query", () => kit.ReadPlain(standIn)),
        };

        File.Delete(warehousePath);
        File.Delete(warehousePath + ".wal");
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(warehousePath));
        _migrator.Migrate(connection);
        var connectionStrings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{StandInKit.ConnectionStringName}"] = StandInKit.ConnectionString(standIn) })
            .Build();
        var puller = new SourcePuller(_import, new DatabaseSourceCatalog(kit.Options(), new ConnectionStringResolver(connectionStrings, connectionStrings)),
            _clock, NullLogger<SourcePuller>.Instance);
        phases.Add(measure("first pull: every row, conform and load", () => Checked(puller.Pull(connection, StandInKit.SourceName), rows)));
        phases.Add(measure("incremental pull, nothing changed", () => Checked(puller.Pull(connection, StandInKit.SourceName), null)));
        phases.Add(measure("incremental pull with the full key comparison (rows = keys)", () =>
        {
            Checked(puller.Pull(connection, StandInKit.SourceName, new PullOptions(CompareKeys: true)), null);
            return connection.ExecuteScalar<long>("SELECT source_keys FROM etl.source_pull ORDER BY run_id DESC LIMIT 1");
        }));
        return phases;
    }

    private static long Checked(PullResult result, long? expected)
    {
        if (result.Status != ImportStatus.Succeeded || (expected is { } rows && result.Read != rows))
        {
            throw new InvalidOperationException($"The benchmark pull read {result.Read} rows ({result.Status}: {result.Message}); expected {expected}.");
        }

        return result.Read;
    }
}
