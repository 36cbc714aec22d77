using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.DatabaseSources;
using ComplaintsAnalytics.Etl.Redaction;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

/// <summary>
/// A migrated temporary DuckDB warehouse with a puller configured for one CaseBook stand-in source called
/// <c>casebook</c> (query, key query and profile from the fixtures), on a fake clock.
/// </summary>
public sealed class PullHarness : IDisposable
{
    public const string SourceName = "casebook";

    public PullHarness(
        TemporaryFolder folder, CaseBookStandIn standIn, DateTimeOffset now, Action<DatabaseSourceOptions>? configure = null,
        string warehouseName = "warehouse.duckdb", Dictionary<string, string?>? connectionStrings = null)
    {
        Clock = new TestClock(now);
        Connection = DuckDbWarehouse.Open(new WarehouseLocation(folder.File(warehouseName)));
        new WarehouseMigrator(NullLogger<WarehouseMigrator>.Instance, Clock, new TimescaleSettings()).Migrate(Connection);
        Import = new CaseImport(NullLogger<CaseImport>.Instance, Clock, new TimescaleSettings(), new PersonalDataRedactor());
        Source = new DatabaseSourceOptions
        {
            Provider = standIn.ProviderName,
            ConnectionStringName = "CaseBook",
            Kind = SourceKinds.Cases,
            Query = Fixture.Path("casebook-complaints.sql"),
            KeyQuery = Fixture.Path("casebook-keys.sql"),
            Profile = Fixture.Path("casebook-profile.json"),
            Watermark = new WatermarkOptions { Column = "last_modified", Type = WatermarkType.Timestamp, Overlap = TimeSpan.FromMinutes(30), OverlapVersions = 300 },
            KeyComparisonEvery = TimeSpan.FromDays(1),
            RetryDelay = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(Source);
        var options = new DatabaseSourcesOptions();
        options.Sources[SourceName] = Source;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(connectionStrings ?? new Dictionary<string, string?> { ["ConnectionStrings:CaseBook"] = standIn.ConnectionString })
            .Build();
        Catalog = new DatabaseSourceCatalog(options, new ConnectionStringResolver(configuration, new ConfigurationBuilder().Build()));
        Puller = new SourcePuller(Import, Catalog, Clock, NullLogger<SourcePuller>.Instance);
    }

    public TestClock Clock { get; }

    public DuckDBConnection Connection { get; }

    public CaseImport Import { get; }

    public DatabaseSourceOptions Source { get; }

    public DatabaseSourceCatalog Catalog { get; }

    public SourcePuller Puller { get; }

    public PullResult Pull(PullOptions? options = null, CancellationToken cancellationToken = default) =>
        Puller.Pull(Connection, SourceName, options, null, cancellationToken);

    public void SetNow(DateTimeOffset now) => Clock.SetUtcNow(now);

    public T Scalar<T>(string sql, object? parameters = null) => Connection.ExecuteScalar<T>(sql, parameters)!;

    public IReadOnlyList<T> Query<T>(string sql, object? parameters = null) => [.. Connection.Query<T>(sql, parameters)];

    public void Dispose() => Connection.Dispose();
}
