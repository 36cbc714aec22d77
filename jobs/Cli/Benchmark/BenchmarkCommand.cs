using System.CommandLine;
using System.Diagnostics;
using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli.Benchmark;

/// <summary>
/// <c>benchmark --period 2023/24 [--authority 860] [--rate name] [--format table|csv|json] [--chart funnel.png]</c>:
/// rebuilds <c>mart.benchmark_rates</c> if a load has happened since it was built (so the council's latest
/// case records count) and prints it, with
/// small-number suppression unless <c>--unsuppressed</c>.
/// </summary>
internal static class BenchmarkCommand
{
    public static Command Create()
    {
        var period = new Option<string?>("--period") { Description = "Financial year, e.g. 2023/24 (default: every year)." };
        var authority = new Option<string?>("--authority") { Description = "One council's DfE code, e.g. 860; with --chart, the council highlighted." };
        var rate = new Option<string?>("--rate") { Description = $"One rate: {string.Join(", ", RateCatalog.All.Select(r => r.Code))}." };
        var format = new Option<string>("--format") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var unsuppressed = new Option<bool>("--unsuppressed") { Description = "Show counts from 1 to 4 and the rates built on them: internal use only (the output says so)." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Rebuild mart.benchmark_rates even if no load has happened since it was last built." };
        var chart = new Option<FileInfo?>("--chart") { Description = "Also draw the funnel plot of --rate in --period, --authority highlighted, to a .png or .svg file." };
        var command = new Command("benchmark", "Compare councils: rates per referral, per EHC plan, escalation and Ombudsman uphold rate, against neighbours, region and England.")
        {
            period, authority, rate, format, unsuppressed, chart, rebuild,
        };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (_, connection) =>
        {
            var request = new BenchmarkRequest(parse.GetValue(period), parse.GetValue(authority), parse.GetValue(rate), parse.GetValue(format)!,
                parse.GetValue(unsuppressed), parse.GetValue(chart)?.FullName);
            Validate(connection, request);
            // CPU time beside wall time: on a shared machine the wall clock also measures the neighbours.
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var rebuiltNow = parse.GetValue(rebuild) ? Rebuild(connection) : BenchmarkMart.EnsureCurrent(connection);
            var rebuilt = stopwatch.Elapsed;
            var rows = BenchmarkQuery.Rates(connection, request.Period, request.Authority, request.Rate);
            var answered = stopwatch.Elapsed;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            if (request.ChartPath is { } chartPath)
            {
                var chartRows = BenchmarkQuery.Rates(connection, request.Period, rate: request.Rate);
                FunnelChart.Draw(chartRows, RateCatalog.Find(request.Rate!)!, request.Authority!, BenchmarkQuery.Neighbours(connection, request.Authority!),
                    BenchmarkQuery.FictionalCodes(connection), chartPath, request.Unsuppressed);
                VerbRunner.Errors.WriteLine($"Funnel plot written to {chartPath}");
            }

            if (rows.Count == 0)
            {
                VerbRunner.Errors.WriteLine("No benchmark rows match. Load statistics first: import cin, import sen2, import lgsco, import returns (or refresh --demo).");
                return 0;
            }

            BenchmarkOutput.Write(rows, request);
            VerbRunner.Errors.WriteLine(
                $"{rows.Count:N0} row(s); " + (rebuiltNow ? $"mart rebuilt in {rebuilt.TotalMilliseconds:F0} ms, " : "mart current, ") +
                $"answered in {answered.TotalMilliseconds:F0} ms ({cpu.TotalMilliseconds:F0} ms CPU)" +
                (request.Unsuppressed ? $". {BenchmarkOutput.UnsuppressedNotice}" : string.Empty));
            return 0;
        }));
        return command;
    }

    private static bool Rebuild(DuckDB.NET.Data.DuckDBConnection connection)
    {
        BenchmarkMart.Refresh(connection);
        return true;
    }

    private static void Validate(System.Data.IDbConnection connection, BenchmarkRequest request)
    {
        if (request.Period is { } label && !FinancialYear.TryParse(label, out _))
        {
            throw new UserInputException($"--period {label} is not a financial year written like 2023/24.");
        }

        if (request.Rate is { } code && RateCatalog.Find(code) is null)
        {
            throw new UserInputException($"--rate {code} is not a benchmark rate. The rates are: {string.Join(", ", RateCatalog.All.Select(r => r.Code))}.");
        }

        if (request.Authority is { } la && connection.ExecuteScalar<long>("SELECT count(*) FROM dw.dim_authority WHERE la_code = $la", new { la }) == 0)
        {
            throw new UserInputException($"--authority {la} is not the DfE code of an English authority with children's services.");
        }

        if (request.ChartPath is { } path)
        {
            if (request.Period is null || request.Rate is null || request.Authority is null)
            {
                throw new UserInputException("--chart draws one rate in one year for one council: give --period, --rate and --authority too.");
            }

            if (Path.GetExtension(path).ToUpperInvariant() is not (".PNG" or ".SVG"))
            {
                throw new UserInputException($"--chart {path}: the funnel plot is written as .png or .svg.");
            }
        }
    }
}
