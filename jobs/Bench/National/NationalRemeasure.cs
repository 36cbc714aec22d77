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
    public static int Run(NationalSettings settings, IAnsiConsole console, bool reclassifyAll)
    {
        var root = Path.GetFullPath(Path.Combine(settings.Folder, "national"));
        var path = Path.Combine(root, "warehouse.duckdb");
        if (!File.Exists(path))
        {
            throw new UserInputException($"No warehouse at {path}: run bench --national --out {settings.Folder} once without --reuse first.");
        }

        var loadAtStart = LoadAverage.Now();
        var figures = new List<NationalFigure>();
        using var services = JobsServices.Build();
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(path));
        var migrate = Stopwatch.StartNew();
        var applied = services.GetRequiredService<WarehouseMigrator>().Migrate(connection);
        figures.Add(new NationalFigure($"migrations applied: {(applied.Count == 0 ? "none" : string.Join(", ", applied))}", $"{migrate.Elapsed.TotalSeconds:F1} s", string.Empty, string.Empty, string.Empty));

        var stages = connection.QuerySingle<long>("SELECT count(*) FROM dw.fact_complaint_stage");
        var themes = services.GetRequiredService<ThemeAssignment>();
        figures.Add(Themes("theme assignment, full, of whatever is due", () => themes.Assign(connection)));

        // One file's worth: the stages of the last case file loaded lose their themes, as if just imported.
        var lastRun = connection.QuerySingle<long>("SELECT max(loaded_run_id) FROM dw.fact_complaint_stage");
        const string ForgetRun = "DELETE FROM dw.bridge_complaint_theme WHERE source <> 'reviewed' AND complaint_stage_key IN (SELECT complaint_stage_key FROM dw.fact_complaint_stage WHERE loaded_run_id = $run)";
        connection.Execute(ForgetRun, new { run = lastRun });
        figures.Add(Themes($"theme assignment after one file (run {lastRun}), for that run", () => themes.Assign(connection, lastRun)));
        connection.Execute(ForgetRun, new { run = lastRun });
        figures.Add(Themes($"theme assignment after one file (run {lastRun}), full selection", () => themes.Assign(connection)));
        if (reclassifyAll)
        {
            connection.Execute("DELETE FROM dw.bridge_complaint_theme WHERE source <> 'reviewed'");
            figures.Add(Themes($"theme assignment of every stage ({stages:N0})", () => themes.Assign(connection)));
        }

        var referralsPath = Path.Combine(RepositoryFolder.Find(ReferralFigures.RelativeFolder), ReferralFigures.FileName);
        var (serving, slowest) = NationalServing.Measure(services, connection, NationalPlan.Build(settings, referralsPath), root);
        figures.AddRange(serving);

        var table = new Table()
            .Title($"National simulation re-measured on {path}: {stages:N0} complaint stages; {Environment.ProcessorCount} cores, load average {loadAtStart} at the start, {LoadAverage.Now()} at the end")
            .AddColumns("measure", "value", "physical reference (same run)", "reference", "ratio");
        foreach (var figure in figures)
        {
            table.AddRow(Markup.Escape(figure.Measure), Markup.Escape(figure.Value), Markup.Escape(figure.Reference), Markup.Escape(figure.ReferenceValue), Markup.Escape(figure.Ratio));
        }

        console.Write(table);
        console.MarkupLine(slowest.Verdict());
        return 0;
    }

    private static NationalFigure Themes(string measure, Func<ThemeAssignmentResult> assign)
    {
        PeakMemory.Reset();
        var wall = Stopwatch.StartNew();
        var result = assign();
        wall.Stop();
        var peak = PeakMemory.Megabytes();
        var seconds = Math.Max(wall.Elapsed.TotalSeconds, 0.001);
        return new NationalFigure(
            $"{measure}: {result.Coded:N0} coded + {result.Predicted:N0} predicted ({result.Reassigned:N0} reassigned), {ThemeAssignment.DefaultStagesPerBatch:N0} a batch",
            $"{wall.Elapsed.TotalSeconds:F2} s, {result.Assigned / seconds:N0} stages/s, peak {peak:F0} MB",
            "the model alone", $"{result.PredictElapsed.TotalSeconds:F2} s, {result.Predicted / Math.Max(result.PredictElapsed.TotalSeconds, 0.001):N0} stages/s",
            $"{result.PredictElapsed.TotalSeconds / seconds:P0} of the assignment in the model");
    }
}
