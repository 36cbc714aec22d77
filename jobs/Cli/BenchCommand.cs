using System.CommandLine;
using ComplaintsAnalytics.Jobs.Bench;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary><c>bench --rows N</c>: measures reading and importing generated exports of N rows.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var rows = new Option<int>("--rows") { Description = "Rows to generate.", DefaultValueFactory = _ => 200_000 };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Working folder for the generated files and warehouse (default bench-output/)." };
        var formats = new Option<string[]>("--format") { Description = "xlsx, csv or both.", DefaultValueFactory = _ => ["xlsx", "csv"], AllowMultipleArgumentsPerToken = true };
        var nightly = new Option<bool>("--nightly") { Description = "The Nightly chain on --rows historic rows, then nights with 1% of them changed." };
        var themes = new Option<bool>("--themes") { Description = "Theme classification: complaints classified per second, per-text latency, share of import time." };
        var repeat = new Option<int>("--repeat") { Description = "Import each generated file this many times, each into a fresh warehouse (stability and peak memory per run).", DefaultValueFactory = _ => 1 };
        var command = new Command("bench", "Benchmark: read-only rate against whole-import rate, and peak memory.") { rows, output, formats, nightly, themes, repeat };
        command.SetAction(parse => parse.GetValue(themes) ? ThemeBenchmark.Run(parse.GetValue(rows), parse.GetValue(output)?.FullName ?? "bench-output") : parse.GetValue(nightly)
            ? Scheduling.Bench.NightlyBenchmark.Run(parse.GetValue(rows), parse.GetValue(output)?.FullName ?? "bench-output", Spectre.Console.AnsiConsole.Console).Count > 0 ? 0 : 1
            : CaseImportBenchmark.Run(parse.GetValue(rows), parse.GetValue(output)?.FullName ?? "bench-output", parse.GetValue(formats)!, parse.GetValue(repeat)));
        Bench.National.NationalBenchCommand.AddTo(command);
        return command;
    }
}
