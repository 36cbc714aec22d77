using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Etl.BenchmarkReturns;
using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.CinCensus;
using ComplaintsAnalytics.Etl.Ombudsman;
using ComplaintsAnalytics.Etl.Redaction;
using ComplaintsAnalytics.Etl.Sen2;
using ComplaintsAnalytics.Etl.Statistics;
using ComplaintsAnalytics.Etl.Themes;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Reports;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>
/// A migrated DuckDB warehouse in a temporary folder with a fake clock (15 April 2025), the loads a report
/// draws on (case exports, published figures and statistics, themes), and the report generator; deleted afterwards.
/// </summary>
public sealed class TemporaryWarehouse : IDisposable
{
    public TemporaryWarehouse()
    {
        Folder = Path.Combine(Path.GetTempPath(), "complaints-report-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Connection = DuckDbWarehouse.Open(new WarehouseLocation(Path.Combine(Folder, "warehouse.duckdb")));
        new WarehouseMigrator(NullLogger<WarehouseMigrator>.Instance, Clock, Timescales).Migrate(Connection);
    }

    public string Folder { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 4, 15, 9, 0, 0, TimeSpan.Zero));

    public TimescaleSettings Timescales { get; } = new();

    public DuckDBConnection Connection { get; }

    public ImportResult ImportCases(string path, MappingProfile? profile = null) =>
        new CaseImport(NullLogger<CaseImport>.Instance, Clock, Timescales, new PersonalDataRedactor())
            .Import(Connection, new CaseImportRequest(path, profile ?? MappingProfile.Canonical, false));

    public ImportResult ImportReturns(string path) => Statistics(path, new ReturnsParser());

    public ImportResult Statistics(string path, IStatisticsParser parser) =>
        new StatisticsLoader(NullLogger<StatisticsLoader>.Instance, Clock).Import(Connection, path, parser);

    /// <summary>Themes for every complaint stage: the profile's coded ones, and the stand-in model's for the rest.</summary>
    public ThemeAssignmentResult AssignThemes() =>
        new ThemeAssignment(new StandInThemePredictor(), NullLogger<ThemeAssignment>.Instance, Clock).Assign(Connection);

    /// <summary>The invented demo council 999 as <c>refresh --demo</c> loads it: cases, themes, statistics and the benchmark mart.</summary>
    public void LoadDemo()
    {
        var demo = Path.Combine(AppContext.BaseDirectory, "demo");
        ImportCases(Path.Combine(demo, "northbrook-complaints-export.xlsx"), MappingProfile.Load(Path.Combine(demo, "northbrook-icasework.json")));
        AssignThemes();
        var statistics = Path.Combine(demo, "statistics");
        Statistics(Path.Combine(statistics, "northbrook-cin-referrals-invented.csv"), new CinReferralsParser());
        Statistics(Path.Combine(statistics, "northbrook-population-invented.csv"), new CinReferralsParser());
        Statistics(Path.Combine(statistics, "northbrook-sen2-new-plans-invented.csv"), new Sen2Parser());
        Statistics(Path.Combine(statistics, "northbrook-lgsco-invented.xlsx"), new LgscoParser());
        BenchmarkMart.Refresh(Connection);
    }

    public AnnualReportGenerator Generator(bool suppress = true) =>
        new(NullLogger<AnnualReportGenerator>.Instance, Clock, new AnnualReportOptions { SuppressSmallNumbers = suppress });

    public string PathFor(string name) => Path.Combine(Folder, name);

    public T Scalar<T>(string sql, object? parameters = null) => Connection.ExecuteScalar<T>(sql, parameters)!;

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
