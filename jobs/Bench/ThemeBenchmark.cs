using System.Diagnostics;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Themes;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Cli.Themes;
using ComplaintsAnalytics.Jobs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Bench;

/// <summary>
/// <c>bench --themes</c>: imports a generated CSV export of N rows into a fresh warehouse, then assigns themes to
/// every complaint stage with the current model (no profile themes, so every stage is predicted). Reports
/// complaints classified per second, the per-text latency in batches and one text at a time, and the share of
/// the import-plus-themes time that classification takes.
/// </summary>
internal static class ThemeBenchmark
{
    private const int SingleTexts = 200;

    public static int Run(int rows, string folder)
    {
        Directory.CreateDirectory(folder);
        using var services = JobsServices.Build();
        var path = Path.Combine(folder, $"bench-themes-{rows}.csv");
        SyntheticCaseExport.WriteCsv(path, rows);
        var warehouse = Path.Combine(folder, "bench-themes.duckdb");
        File.Delete(warehouse);
        File.Delete(warehouse + ".wal");
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(warehouse));
        services.GetRequiredService<WarehouseMigrator>().Migrate(connection);

        var import = Stopwatch.StartNew();
        services.GetRequiredService<CaseImport>().Import(connection, new CaseImportRequest(path, MappingProfile.Canonical, Force: true));
        import.Stop();
        var predictor = services.GetRequiredService<ClassifierThemePredictor>();
        var load = Stopwatch.StartNew();
        _ = predictor.ModelVersion;
        load.Stop();
        var result = services.GetRequiredService<ThemeAssignment>().Assign(connection);

        var texts = ThemeReviews.PredictedStages(connection).Take(SingleTexts).Select(s => s.Summary ?? string.Empty).ToList();
        var single = new List<double>();
        foreach (var text in texts)
        {
            var one = Stopwatch.StartNew();
            predictor.Classifier.Classify([text]);
            single.Add(one.Elapsed.TotalMilliseconds);
        }

        single.Sort();
        var total = import.Elapsed + result.Elapsed;
        var table = new Table().Title($"Theme classification benchmark: {rows:N0} generated rows, {Environment.ProcessorCount} cores, model {result.ModelVersion}")
            .AddColumns("complaint stages", "import s", "themes s", "of which model s", "classified/s", "ms per text (batches)", "ms per text (one at a time, median)", "model load s", "themes share of import + themes");
        table.AddRow(
            $"{result.Predicted:N0}",
            $"{import.Elapsed.TotalSeconds:F1}",
            $"{result.Elapsed.TotalSeconds:F1}",
            $"{result.PredictElapsed.TotalSeconds:F1}",
            $"{result.Predicted / result.PredictElapsed.TotalSeconds:N0}",
            $"{result.PredictElapsed.TotalMilliseconds / Math.Max(1, result.Predicted):F3}",
            $"{single[single.Count / 2]:F1}",
            $"{load.Elapsed.TotalSeconds:F1}",
            $"{result.Elapsed.TotalSeconds / total.TotalSeconds:P0}");
        AnsiConsole.Write(table);
        return 0;
    }
}
