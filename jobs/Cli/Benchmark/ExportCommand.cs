using System.CommandLine;
using ComplaintsAnalytics.Etl.BenchmarkReturns;
using ComplaintsAnalytics.Etl.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli.Benchmark;

/// <summary><c>export returns --authority 999 --period 2023/24</c>: the council's own measures in the benchmark-returns format.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var authority = new Option<string>("--authority") { Description = "The council's DfE code, e.g. 999.", Required = true };
        var period = new Option<string>("--period") { Description = "Financial year, e.g. 2023/24.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file (default: stdout)." };
        var unsuppressed = new Option<bool>("--unsuppressed") { Description = "Write counts from 1 to 4 as they are: for internal use only (every row says so)." };
        var returns = new Command("returns", "Write the council's own measures (from its case records) in the benchmark-returns format, with small-number suppression.")
        {
            authority, period, output, unsuppressed,
        };
        returns.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
        {
            var label = parse.GetValue(period)!;
            if (!FinancialYear.TryParse(label, out _))
            {
                throw new UserInputException($"--period {label} is not a financial year written like 2023/24.");
            }

            var laCode = parse.GetValue(authority)!;
            var isUnsuppressed = parse.GetValue(unsuppressed);
            var asOf = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            var file = parse.GetValue(output);
            using var writer = file is null ? null : new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(false));
            var count = ReturnsExport.Write(connection, laCode, label, writer ?? Console.Out, isUnsuppressed, asOf);
            if (count == 0)
            {
                VerbRunner.Errors.WriteLine($"The warehouse holds no own figures for {laCode} in {label}: load its case export first (import cases).");
            }
            else
            {
                VerbRunner.Errors.WriteLine($"{count} measure(s) for {laCode} {label}{(file is null ? string.Empty : $" written to {file.FullName}")}" +
                    (isUnsuppressed ? $". {ReturnsExport.UnsuppressedNotice}." : "; counts from 1 to 4 written c."));
            }

            return 0;
        }));
        var export = new Command("export", "Write warehouse figures in an exchange format.") { returns };
        return export;
    }
}
