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
        var command = new Command("bench", "Benchmark: read-only rate against whole-import rate, and peak memory.") { rows, output, formats };
        command.SetAction(parse => CaseImportBenchmark.Run(parse.GetValue(rows), parse.GetValue(output)?.FullName ?? "bench-output", parse.GetValue(formats)!));
        return command;
    }
}
