using System.Diagnostics;
using System.Globalization;
using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Etl.Themes;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Cli;
using ComplaintsAnalytics.Jobs.Cli.Benchmark;
using ComplaintsAnalytics.Jobs.Hosting;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// <c>bench --national --reuse</c>: the measurements after the load, on the warehouse an earlier <c>bench --national</c>
/// left in <c>&lt;out&gt;/national</c>, without generating or importing again: migrations brought up to date, one theme
/// assignment of whatever needs it (clear the bridge first to time a whole national classification), the benchmark
/// rebuilt, every <c>mart</c> relation read in full, and the annual report. For iterating on the warehouse side; the
/// published figures come from a full run.
/// </summary>
internal static class NationalRemeasure
{
    public static int Run(NationalSettings settings, IAnsiConsole console)
    {
        var root = Path.GetFullPath(Path.Combine(settings.Folder, "national"));
        var path = Path.Combine(root, "warehouse.duckdb");
        if (!File.Exists(path))
        {
            throw new UserInputException($"No warehouse at {path}: run bench --national --out {settings.Folder} once without --reuse first.");
        }

        var loadAtStart = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var figures = new List<NationalFigure>();
        using var services = JobsServices.Build();
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(path));
        var migrate = Stopwatch.StartNew();
        var applied = services.GetRequiredService<WarehouseMigrator>().Migrate(connection);
        figures.Add(new NationalFigure($"migrations applied: {(applied.Count == 0 ? "none" : string.Join(", ", applied))}", $"{migrate.Elapsed.TotalSeconds:F1} s", string.Empty, string.Empty, string.Empty));

        var stages = connection.QuerySingle<long>("SELECT count(*) FROM dw.fact_complaint_stage");
        PeakMemory.Reset();
        var themes = services.GetRequiredService<ThemeAssignment>().Assign(connection);
        var themesPeak = PeakMemory.Megabytes();
        figures.Add(new NationalFigure(
            $"theme assignment: {themes.Coded:N0} coded + {themes.Predicted:N0} predicted ({themes.Reassigned:N0} reassigned) of {stages:N0} stages, {ThemeAssignment.DefaultStagesPerBatch:N0} a batch",
            $"{themes.Elapsed.TotalSeconds:F1} s, {themes.Assigned / Math.Max(themes.Elapsed.TotalSeconds, 0.001):N0} stages/s, peak {themesPeak:F0} MB",
            "the model alone", $"{themes.PredictElapsed.TotalSeconds:F1} s, {themes.Predicted / Math.Max(themes.PredictElapsed.TotalSeconds, 0.001):N0} stages/s",
            $"{themes.PredictElapsed.TotalSeconds / Math.Max(themes.Elapsed.TotalSeconds, 0.001):P0} of the assignment in the model"));
        var again = Stopwatch.StartNew();
        services.GetRequiredService<ThemeAssignment>().Assign(connection);
        figures.Add(new NationalFigure("theme assignment again with nothing to do (the selection alone)", $"{again.Elapsed.TotalMilliseconds:N0} ms", string.Empty, string.Empty, string.Empty));

        var scan = NationalReferences.ReadQuery(connection, "SELECT count(*) FROM dw.fact_complaint_stage");
        var rebuild = Stopwatch.StartNew();
        BenchmarkMart.Refresh(connection);
        figures.Add(new NationalFigure("rebuild mart.benchmark_rates", $"{rebuild.Elapsed.TotalMilliseconds:N0} ms", "count(*) of dw.fact_complaint_stage", $"{scan.Milliseconds:N1} ms",
            $"{rebuild.Elapsed.TotalMilliseconds / scan.Milliseconds:N0}x"));
        var (marts, slowest) = NationalMartReads.Measure(connection, "count(*) of dw.fact_complaint_stage", scan.Milliseconds);
        figures.AddRange(marts);
        figures.Add(NationalMartReads.WholeFactTable(connection, "count(*) of dw.fact_complaint_stage", scan.Milliseconds));
        var referralsPath = Path.Combine(RepositoryFolder.Find(ReferralFigures.RelativeFolder), ReferralFigures.FileName);
        figures.Add(NationalAnnualReport.Measure(services, connection, NationalPlan.Build(settings, referralsPath), root));

        var table = new Table()
            .Title($"National simulation re-measured on {path}: {stages:N0} complaint stages; {Environment.ProcessorCount} cores, load average {loadAtStart} at the start, {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end")
            .AddColumns("measure", "value", "physical reference (same run)", "reference", "ratio");
        foreach (var figure in figures)
        {
            table.AddRow(Markup.Escape(figure.Measure), Markup.Escape(figure.Value), Markup.Escape(figure.Reference), Markup.Escape(figure.ReferenceValue), Markup.Escape(figure.Ratio));
        }

        console.Write(table);
        console.MarkupLine(CultureInfo.InvariantCulture, $"Every mart query under a second (typed read): [bold]{(slowest < 1000 ? "held" : "did not hold")}[/] (slowest {slowest:N0} ms).");
        return 0;
    }
}
