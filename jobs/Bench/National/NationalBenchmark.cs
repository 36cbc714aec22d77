using System.Diagnostics;
using System.Globalization;
using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.CinCensus;
using ComplaintsAnalytics.Etl.Ombudsman;
using ComplaintsAnalytics.Etl.Sen2;
using ComplaintsAnalytics.Etl.Statistics;
using ComplaintsAnalytics.Etl.Themes;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Cli.Benchmark;
using ComplaintsAnalytics.Jobs.Hosting;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// <c>bench --national</c>: generates the national simulation (every current English authority x N financial years
/// of invented case records at volumes scaled from real DfE referrals, plus CIN, SEN2 and Ombudsman tables), then
/// measures on a fresh embedded DuckDB warehouse, each figure beside a physical reference from the same run: the
/// full load (themes assigned after each file, timed apart) against reading the files alone and DuckDB's appender
/// alone; a night of 1% delta exports; the benchmark rebuild and every <c>mart</c> relation read in full against a
/// <c>count(*)</c> of the biggest fact table; the annual report against reading its views. A failed theme assignment
/// (another capability's) is reported in the table rather than ending the run.
/// </summary>
internal static class NationalBenchmark
{
    public static int Run(NationalSettings settings, IAnsiConsole console)
    {
        var root = Path.GetFullPath(Path.Combine(settings.Folder, "national"));
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var loadAtStart = LoadAverage.Now();
        var referralsPath = Path.Combine(RepositoryFolder.Find(ReferralFigures.RelativeFolder), ReferralFigures.FileName);
        var plan = NationalPlan.Build(settings, referralsPath);
        var figures = new List<NationalFigure>();

        var generate = Stopwatch.StartNew();
        var history = NationalCaseExports.WriteHistory(plan, Path.Combine(root, "cases"));
        var delta = NationalCaseExports.WriteDelta(plan, Path.Combine(root, "delta"));
        var sen2 = NationalStatisticsFiles.WriteSen2(plan, Path.Combine(root, "statistics"));
        var lgsco = NationalStatisticsFiles.WriteLgsco(plan, Path.Combine(root, "statistics"));
        generate.Stop();
        var rows = history.Sum(f => f.Rows);
        var megabytes = history.Sum(f => new FileInfo(f.Path).Length) / 1048576.0;
        console.MarkupLine(CultureInfo.InvariantCulture, $"Generated {history.Count} case files ({plan.Select(p => p.Authority.LaCode).Distinct().Count()} councils, {plan.Count} council-years, {plan.Sum(p => (long)p.Records):N0} records, {rows:N0} rows, {megabytes:F0} MB xlsx) and {delta.Sum(d => d.Rows):N0} delta rows in {generate.Elapsed.TotalSeconds:F0} s");

        PeakMemory.Reset();
        var ((readSeconds, readRows), readCpu) = WithProcessorTime(() => NationalReferences.ReadAlone(history));
        var readPeak = PeakMemory.Megabytes();
        var ((ownReadSeconds, _), ownReadCpu) = WithProcessorTime(() => NationalReferences.ReadAlone(history, importsReader: true));

        double appendSeconds;
        using (var scratch = DuckDbWarehouse.Open(new WarehouseLocation(Path.Combine(root, "appender-alone.duckdb"))))
        {
            PeakMemory.Reset();
            appendSeconds = NationalReferences.AppendAlone(scratch, NationalCaseExports.CouncilRows(plan, history[0].LaCode), rows);
        }

        var appendPeak = PeakMemory.Megabytes();
        var appendRate = rows / appendSeconds;

        using var services = JobsServices.Build();
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(Path.Combine(root, "warehouse.duckdb")));
        services.GetRequiredService<WarehouseMigrator>().Migrate(connection);
        var import = services.GetRequiredService<CaseImport>();

        var themes = settings.LoadOnly ? null : services.GetRequiredService<ThemeAssignment>();
        PeakMemory.Reset();
        var (full, loadCpu) = WithProcessorTime(() => ImportAll(import, connection, history, themes));
        var loadPeak = PeakMemory.Megabytes();
        var loadRate = full.Read / full.Seconds;

        // The machine's speed drifts from run to run (the reader alone took 25.7-39.2 s for the same files in one night),
        // so the reader is timed again straight after the load, and the load is judged against the faster of the two.
        var readAfterSeconds = NationalReferences.ReadAlone(history).Seconds;
        var readRate = readRows / Math.Min(readSeconds, readAfterSeconds);
        void LoadVerdict() => console.MarkupLine(CultureInfo.InvariantCulture,
            $"Full load at no less than half the read rate: [bold]{(loadRate >= readRate / 2 ? "held" : "did not hold")}[/] ({loadRate / readRate:P0}).");
        figures.Add(new NationalFigure($"full load: {full.Read:N0} rows, {history.Count} xlsx files ({megabytes:F0} MB), import time alone", $"{full.Seconds:F1} s, {loadRate:N0} rows/s",
            "ExcelDataReader reading the same files alone, every cell, before / after the load", $"{readSeconds:F1} s / {readAfterSeconds:F1} s; faster {readRate:N0} rows/s",
            $"{loadRate / readRate:P0} of the faster read rate ({loadRate / (readRows / Math.Max(readSeconds, readAfterSeconds)):P0} of the slower)"));
        // Processor time is less sensitive than elapsed time to other work on a shared machine.
        figures.Add(new NationalFigure("full load, processor time (all threads; themes included when assigned)", $"{loadCpu.TotalSeconds:F1} s",
            "reading the same files alone, processor time", $"{readCpu.TotalSeconds:F1} s", $"{loadCpu / readCpu:F1}x"));
        // Since imports read xlsx in one pass (XlsxSheetReader), their own reader is faster than ExcelDataReader: the stricter floor.
        var ownReadRate = readRows / ownReadSeconds;
        figures.Add(new NationalFigure("full load, same", $"{loadRate:N0} rows/s", "the import's own xlsx reader (one pass) reading the same files alone, before the load",
            $"{ownReadSeconds:F1} s, {ownReadRate:N0} rows/s; processor {ownReadCpu.TotalSeconds:F1} s", $"{loadRate / ownReadRate:P0} of its read rate; processor {loadCpu / ownReadCpu:F1}x"));
        figures.Add(new NationalFigure("full load, same", $"{loadRate:N0} rows/s", "DuckDB appender inserting the same rows into a plain table alone",
            $"{appendSeconds:F1} s, {appendRate:N0} rows/s", $"{loadRate / appendRate:P0} of the appender rate"));
        figures.Add(new NationalFigure("full load, peak memory (imports and themes)", $"{loadPeak:F0} MB", "reading alone / appender alone, peak", $"{readPeak:F0} MB / {appendPeak:F0} MB",
            $"{loadPeak / readPeak:F1}x / {loadPeak / appendPeak:F1}x"));
        figures.Add(new NationalFigure("full load, rows loaded / rejected", $"{full.Loaded:N0} / {full.Rejected:N0}", "rows in the files", $"{rows:N0}",
            full.Read == rows ? "read = rows written" : "READ DIFFERS"));
        if (themes is null)
        {
            PeakMemory.Reset();
            var night = ImportAll(import, connection, delta, themes: null);
            figures.Add(new NationalFigure($"nightly imports alone: delta exports of 1% changed ({night.Read:N0} rows, {delta.Count} files; {night.Updated:N0} updated, {night.Rejected:N0} rejected)",
                $"{night.Seconds:F1} s, peak {PeakMemory.Megabytes():F0} MB", "the full load's imports", $"{full.Seconds:F1} s", $"{night.Seconds / full.Seconds:P1} of the full load's time"));
            Print(console, settings, plan, rows, loadAtStart, figures);
            LoadVerdict();
            return full.Rejected == 0 && night.Rejected == 0 ? 0 : 1;
        }

        var classifiedRate = full.Classified / full.ModelSeconds;
        figures.Add(new NationalFigure($"classification after each file: {full.Classified:N0} complaint stages" + (full.ThemeFailure is null ? string.Empty : $" (FAILED: {full.ThemeFailure})"),
            $"{full.ThemeSeconds:F1} s, model {classifiedRate:N0} stages/s", "the full load's import rate, rows/s", $"{loadRate:N0}",
            $"{full.Classified / full.ThemeSeconds / loadRate:P0} of the load rate (all of the assignment); themes add {full.ThemeSeconds / full.Seconds:P0} to the import time"));

        var statistics = ActivatorUtilities.CreateInstance<StatisticsLoader>(services);
        var statisticsTime = Stopwatch.StartNew();
        var statisticResults = new List<ImportResult>
        {
            statistics.Import(connection, referralsPath, new CinReferralsParser()),
            statistics.Import(connection, sen2.Path, new Sen2Parser()),
            statistics.Import(connection, lgsco.Path, new LgscoParser()),
        };
        statisticsTime.Stop();
        figures.Add(new NationalFigure("public statistics: real c1, invented SEN2 and Ombudsman (rows read / rejected)",
            string.Join(" + ", statisticResults.Select(r => $"{r.Read:N0}/{r.Rejected:N0}")), "(each import rebuilds mart.benchmark_rates)", $"{statisticsTime.Elapsed.TotalSeconds:F1} s", string.Empty));

        PeakMemory.Reset();
        // A night is one refresh: every council's delta imported, then one theme assignment for what changed.
        var deltaImports = ImportAll(import, connection, delta, themes: null);
        var reclassify = Stopwatch.StartNew();
        var nightly = deltaImports;
        try
        {
            var reclassified = themes.Assign(connection);
            nightly = deltaImports with { Classified = reclassified.Predicted, ThemeSeconds = reclassify.Elapsed.TotalSeconds };
        }
        catch (DuckDBException ex)
        {
            // The assignment belongs to the themes capability: its failure is a finding, and the measurements go on.
            nightly = deltaImports with { ThemeSeconds = reclassify.Elapsed.TotalSeconds, ThemeFailure = ex.Message.Split('\n')[0] };
        }

        var nightlyPeak = PeakMemory.Megabytes();
        figures.Add(new NationalFigure($"nightly: delta exports of 1% changed ({nightly.Read:N0} rows, {delta.Count} files; {nightly.Updated:N0} updated, {nightly.Rejected:N0} rejected, {nightly.Classified:N0} stages reclassified{(nightly.ThemeFailure is null ? string.Empty : $"; themes FAILED after {nightly.ThemeSeconds:F1} s: {nightly.ThemeFailure}")})",
            $"{nightly.Seconds + nightly.ThemeSeconds:F1} s (imports {nightly.Seconds:F1} s + themes {nightly.ThemeSeconds:F1} s), peak {nightlyPeak:F0} MB", "the full load, imports + themes",
            $"{full.Seconds + full.ThemeSeconds:F1} s", $"{(nightly.Seconds + nightly.ThemeSeconds) / (full.Seconds + full.ThemeSeconds):P1} of the full load's time"));

        var (serving, slowest) = NationalServing.Measure(services, connection, plan, root);
        figures.AddRange(serving);

        Print(console, settings, plan, rows, loadAtStart, figures);
        LoadVerdict();
        console.MarkupLine(slowest.Verdict());
        return full.Rejected == 0 && nightly.Rejected == 0 ? 0 : 1;
    }

    private static void Print(IAnsiConsole console, NationalSettings settings, IReadOnlyList<NationalCouncilYear> plan, long rows, string loadAtStart, List<NationalFigure> figures)
    {
        var loadAtEnd = LoadAverage.Now();
        var table = new Table()
            .Title($"National simulation: {plan.Select(p => p.Authority.LaCode).Distinct().Count()} councils x {settings.Years} years, {rows:N0} case rows; " +
                $"{Environment.ProcessorCount} cores, load average {loadAtStart} at the start, {loadAtEnd} at the end")
            .AddColumns("measure", "value", "physical reference (same run)", "reference", "ratio");
        foreach (var figure in figures)
        {
            table.AddRow(Markup.Escape(figure.Measure), Markup.Escape(figure.Value), Markup.Escape(figure.Reference), Markup.Escape(figure.ReferenceValue), Markup.Escape(figure.Ratio));
        }

        console.Write(table);
    }

    /// <summary>What <paramref name="work"/> returns, with the processor time the whole process spent on it (all threads).</summary>
    private static (T Result, TimeSpan Processor) WithProcessorTime<T>(Func<T> work)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var result = work();
        return (result, Process.GetCurrentProcess().TotalProcessorTime - before);
    }

    /// <summary>
    /// Imports each file; with <paramref name="themes"/>, assigns themes after each file as <c>import cases</c> and
    /// <c>refresh</c> do, timed apart from the import.
    /// </summary>
    private static NationalLoad ImportAll(CaseImport import, DuckDBConnection connection, IReadOnlyList<NationalFile> files, ThemeAssignment? themes)
    {
        long read = 0, loaded = 0, updated = 0, rejected = 0, classified = 0;
        double themeSeconds = 0, modelSeconds = 0;
        string? failure = null;

        // The import time is the whole loop's, less the theme assignments: the next file is read ahead while one
        // merges, so per-call times would leave out the reading done in the background.
        var loop = Stopwatch.StartNew();
        var next = files.Count > 0 ? import.ReadAhead(connection, new CaseImportRequest(files[0].Path, MappingProfile.Canonical)) : null;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                using var current = next!;
                next = i + 1 < files.Count ? import.ReadAhead(connection, new CaseImportRequest(files[i + 1].Path, MappingProfile.Canonical)) : null;
                var result = import.Import(connection, current);
                read += result.Read;
                loaded += result.Loaded;
                updated += result.Updated;
                rejected += result.Rejected;
                if (themes is not null && failure is null)
                {
                    try
                    {
                        // As import cases does: the stages this file's run wrote.
                        var assigned = themes.Assign(connection, result.RunId);
                        themeSeconds += assigned.Elapsed.TotalSeconds;
                        modelSeconds += assigned.PredictElapsed.TotalSeconds;
                        classified += assigned.Predicted;
                    }
                    catch (DuckDBException ex)
                    {
                        // The assignment belongs to the themes capability: its failure is a finding, and the load goes on.
                        failure = ex.Message.Split('\n')[0];
                    }
                }
            }
        }
        finally
        {
            next?.Dispose();
        }

        return new NationalLoad(read, loaded, updated, rejected, loop.Elapsed.TotalSeconds - themeSeconds, classified, themeSeconds, modelSeconds, failure);
    }
}
