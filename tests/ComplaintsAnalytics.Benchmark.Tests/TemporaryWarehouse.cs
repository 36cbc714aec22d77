using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Redaction;
using ComplaintsAnalytics.Etl.Statistics;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary>A migrated DuckDB warehouse in a temporary folder, with a fake clock and the statistics loader, deleted afterwards.</summary>
public sealed class TemporaryWarehouse : IDisposable
{
    public TemporaryWarehouse()
    {
        Folder = Path.Combine(Path.GetTempPath(), "complaints-benchmark-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "warehouse.duckdb");
        Connection = DuckDbWarehouse.Open(new WarehouseLocation(FilePath));
        new WarehouseMigrator(NullLogger<WarehouseMigrator>.Instance, Clock, Timescales).Migrate(Connection);
        Loader = new StatisticsLoader(NullLogger<StatisticsLoader>.Instance, Clock);
    }

    public string Folder { get; }

    public string FilePath { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 4, 15, 9, 0, 0, TimeSpan.Zero));

    public TimescaleSettings Timescales { get; } = new();

    public DuckDBConnection Connection { get; }

    public StatisticsLoader Loader { get; }

    public ImportResult Load(string path, IStatisticsParser parser, bool force = false) => Loader.Import(Connection, path, parser, force);

    /// <summary>Loads the invented demo council's case export with its profile (the warehouse's own figures for 999).</summary>
    public ImportResult LoadDemoCases()
    {
        var root = Fixture.RepositoryRoot;
        var import = new CaseImport(NullLogger<CaseImport>.Instance, Clock, Timescales, new PersonalDataRedactor());
        var profile = MappingProfile.Load(Path.Combine(root, "demo", "profiles", "northbrook-icasework.json"));
        return import.Import(Connection, new CaseImportRequest(Path.Combine(root, "demo", "inbox", "northbrook-complaints-export.xlsx"), profile, false));
    }

    /// <summary>Writes <paramref name="lines"/> to a file in the temporary folder and returns its path.</summary>
    public string WriteFile(string name, params string[] lines)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public T Scalar<T>(string sql, object? parameters = null) => Connection.ExecuteScalar<T>(sql, parameters)!;

    public decimal? Measure(string laCode, string period, string measure) =>
        Connection.ExecuteScalar<decimal?>(
            "SELECT value FROM mart.authority_measures WHERE la_code = $la_code AND period = $period AND measure = $measure",
            new { la_code = laCode, period, measure });

    public Etl.Benchmark.BenchmarkRate Rate(string laCode, string period, string rate) =>
        Etl.Benchmark.BenchmarkQuery.Rates(Connection, period, laCode, rate).Single();

    public void Dispose()
    {
        Connection.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
