using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Etl.BenchmarkReturns;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.CinCensus;
using ComplaintsAnalytics.Etl.Ombudsman;
using ComplaintsAnalytics.Etl.Sen2;
using ComplaintsAnalytics.Etl.Statistics;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli.Benchmark;

/// <summary>
/// The benchmarking half of <c>refresh --demo</c>: the real DfE referrals (c1) and child population for
/// every council, the benchmark-returns sample (real published figures for Kent and Staffordshire), and
/// invented referrals, population, SEN2 and Ombudsman figures for the demo council 999, whose statistical
/// neighbours are those of North Northamptonshire (940). Files already loaded are skipped, so a rerun
/// changes nothing; the mart is then rebuilt so the demo council's own case records count.
/// </summary>
internal static class BenchmarkDemo
{
    public static void LoadIfDemo(bool isDemo, IServiceProvider services, DuckDBConnection connection)
    {
        if (!isDemo)
        {
            return;
        }

        var dfe = RepositoryFolder.Find(Path.Combine("reference-data", "dfe"));
        var fixtures = RepositoryFolder.Find(Path.Combine("tests", "fixtures", "benchmark"));
        var loader = ActivatorUtilities.CreateInstance<StatisticsLoader>(services);
        var files = new (string Path, IStatisticsParser Parser)[]
        {
            (Path.Combine(dfe, "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"), new CinReferralsParser()),
            (Path.Combine(dfe, "ons_mid-year_population_estimates_2012_to_2024.csv"), new CinReferralsParser()),
            (Path.Combine(fixtures, "returns", "benchmark-returns-sample.csv"), new ReturnsParser()),
            (Path.Combine(fixtures, "demo", "northbrook-cin-referrals-invented.csv"), new CinReferralsParser()),
            (Path.Combine(fixtures, "demo", "northbrook-population-invented.csv"), new CinReferralsParser()),
            (Path.Combine(fixtures, "demo", "northbrook-sen2-new-plans-invented.csv"), new Sen2Parser()),
            (Path.Combine(fixtures, "demo", "northbrook-lgsco-invented.xlsx"), new LgscoParser()),
        };
        var results = new List<ImportResult>();
        foreach (var (path, parser) in files)
        {
            results.Add(ImportProgress.Run(Path.GetFileName(path), _ => loader.Import(connection, path, parser)));
        }

        BenchmarkMart.Refresh(connection);
        ImportSummary.Write(results);
        VerbRunner.Errors.WriteLine("Benchmark data loaded; try: benchmark --period 2023/24 --authority 999");
    }
}
