using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.DatabaseSources;
using ComplaintsAnalytics.Etl.DatabaseSources.Benchmark;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Bench;
using ComplaintsAnalytics.Jobs.Hosting;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>
/// <c>pull &lt;source&gt;</c> and <c>pull --all</c>: pull configured case-system databases into the warehouse,
/// incrementally; <c>pull --list</c> shows them with their stored watermarks; <c>pull --bench</c> measures a
/// pull from the invented CaseBook stand-in against a plain reader loop over the same query.
/// </summary>
internal static class PullCommand
{
    public static Command Create()
    {
        var source = new Argument<string?>("source") { Description = "The source's name under DatabaseSources:Sources.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Pull every enabled source, as the nightly job does." };
        var full = new Option<bool>("--full") { Description = "Read every row, not only those changed since the stored watermark." };
        var compareKeys = new Option<bool>("--compare-keys") { Description = "Run the deleted-case key comparison now, whenever it last ran." };
        var list = new Option<bool>("--list") { Description = "List the configured sources and their stored watermarks." };
        var bench = new Option<bool>("--bench") { Description = "Benchmark: build an invented stand-in database and time pulls from it (not the warehouse)." };
        var rows = new Option<int>("--rows") { Description = "Rows in the benchmark stand-in.", DefaultValueFactory = _ => 500_000 };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Benchmark working folder (default bench-output/)." };
        var command = new Command("pull", "Pull case-system databases into the warehouse, incrementally (sources in DatabaseSources:Sources).")
        {
            source, all, full, compareKeys, list, bench, rows, output,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(bench))
            {
                return Benchmark(parse.GetValue(rows), parse.GetValue(output)?.FullName ?? "bench-output");
            }

            return VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
            {
                var puller = services.GetRequiredService<SourcePuller>();
                if (parse.GetValue(list))
                {
                    return List(puller, connection);
                }

                var name = parse.GetValue(source);
                if (parse.GetValue(all) == (name is not null))
                {
                    throw new UserInputException("Name one source (pull <source>) or pass --all; pull --list shows the configured sources.");
                }

                if (name is not null && !puller.Catalog.Contains(name))
                {
                    throw new UserInputException(Refusal(() => puller.Catalog.Get(name)));
                }

                var names = name is null ? puller.Catalog.EnabledNames : [name];
                if (names.Count == 0)
                {
                    VerbRunner.Errors.WriteLine("Nothing to pull: no enabled source in DatabaseSources:Sources.");
                    return 0;
                }

                var options = new PullOptions(parse.GetValue(full), parse.GetValue(compareKeys));
                var results = ImportProgress.Run("pull", report =>
                    puller.PullMany(connection, names, options, n => new Progress<long>(read => report(n, read))));
                Summary(results);
                return results.Any(r => r.Status == ImportStatus.Failed) ? 1 : 0;
            });
        });
        return command;
    }

    private static void Summary(IReadOnlyList<PullResult> results)
    {
        var table = new Table().Title("Pull summary").AddColumns(
            "source", "run", "status", "read", "loaded", "updated", "unchanged", "rejected", "marked deleted", "restored", "watermark before", "watermark after", "seconds", "note");
        foreach (var r in results)
        {
            var note = r.Message ?? (r.Rejected > 0 ? $"see: rejects --run {r.RunId}" : r.Attempts > 1 ? $"succeeded on attempt {r.Attempts}" : string.Empty);
            table.AddRow(
                Markup.Escape(r.Source),
                r.RunId?.ToString(CultureInfo.InvariantCulture) ?? "-",
                r.Status == ImportStatus.Succeeded ? "[green]pulled[/]" : "[red]failed[/]",
                $"{r.Read:N0}",
                $"{r.Loaded:N0}",
                $"{r.Updated:N0}",
                $"{r.Unchanged:N0}",
                r.Rejected > 0 ? $"[yellow]{r.Rejected:N0}[/]" : "0",
                r.KeysCompared ? $"{r.MarkedDeleted:N0}" : "[grey]not compared[/]",
                $"{r.Restored:N0}",
                Markup.Escape(r.WatermarkBefore ?? "none"),
                Markup.Escape(r.WatermarkAfter ?? "none"),
                $"{r.Elapsed.TotalSeconds:F1}",
                Markup.Escape(note));
        }

        AnsiConsole.Write(table);
    }

    private static int List(SourcePuller puller, DuckDBConnection connection)
    {
        var stored = connection.Query<(string Source, string? Watermark, long RunId, DateTime? Compared)>(
            "SELECT source_name, watermark, run_id, keys_compared_at FROM etl.source_watermark")
            .ToDictionary(s => s.Source, StringComparer.OrdinalIgnoreCase);
        var table = new Table().Title("Database sources").AddColumns("source", "enabled", "settings", "watermark", "last pull run", "keys compared");
        foreach (var name in puller.Catalog.Names)
        {
            var settings = Refusal(() =>
            {
                var s = puller.Catalog.Get(name);
                return $"{SourceDescription(s)}";
            });
            stored.TryGetValue(name, out var mark);
            table.AddRow(
                Markup.Escape(name),
                puller.Catalog.EnabledNames.Contains(name) ? "yes" : "no",
                Markup.Escape(settings),
                Markup.Escape(mark.Watermark ?? "none"),
                mark.RunId > 0 ? mark.RunId.ToString(CultureInfo.InvariantCulture) : "-",
                mark.Compared?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "never");
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static string SourceDescription(DatabaseSource s) =>
        $"{s.Provider}, {s.Kind}, {s.Watermark.Type} on {s.Watermark.Column}, compare keys every {s.KeyComparisonEvery.TotalDays:0.#} days";

    // A source's settings problem, as the line to show; a source that checks out shows its description.
    private static string Refusal(Func<object> check)
    {
        try
        {
            return check().ToString() ?? string.Empty;
        }
        catch (DatabaseSourceException ex)
        {
            return ex.Message;
        }
    }

    private static int Benchmark(int rows, string folder)
    {
        if (rows < 1)
        {
            VerbRunner.Errors.WriteLine("--rows must be 1 or more.");
            return 1;
        }

        var kitFolder = StandInKit.Find(Directory.GetCurrentDirectory());
        if (kitFolder is null)
        {
            VerbRunner.Errors.WriteLine("The stand-in kit (tests/fixtures/database-sources) was not found. Run the command from the repository folder.");
            return 1;
        }

        using var services = JobsServices.Build();
        var benchmark = new PullBenchmark(
            services.GetRequiredService<CaseImport>(), services.GetRequiredService<WarehouseMigrator>(), services.GetRequiredService<TimeProvider>());
        var phases = benchmark.Run(new StandInKit(kitFolder), folder, rows, (name, work) =>
        {
            PeakMemory.Reset();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var handled = work();
            stopwatch.Stop();
            return new BenchmarkPhase(name, handled, stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, PeakMemory.Megabytes());
        });
        var plain = phases.Single(p => p.Name.StartsWith("plain", StringComparison.Ordinal));
        var table = new Table().Title($"Pull benchmark: {rows:N0} rows, {Environment.ProcessorCount} cores, {Environment.OSVersion}")
            .AddColumns("phase", "rows", "seconds", "rows/s", "of plain reader", "CPU seconds", "peak MB");
        foreach (var p in phases)
        {
            table.AddRow(
                Markup.Escape(p.Name), $"{p.Rows:N0}", $"{p.Elapsed.TotalSeconds:F1}", $"{p.RowsPerSecond:N0}",
                $"{p.RowsPerSecond / plain.RowsPerSecond:P0}", $"{p.CpuTime.TotalSeconds:F1}", $"{p.PeakMegabytes:F0}");
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
