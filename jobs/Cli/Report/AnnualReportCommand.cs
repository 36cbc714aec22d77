using System.CommandLine;
using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Reports;
using ComplaintsAnalytics.Reports.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli.Report;

/// <summary>
/// <c>report annual [--authority 999] [--period 2024/25] [--out report.docx|report.html] [--unsuppressed]</c>: the
/// regulation 13(3) annual report for one council and year. The council defaults to the one the warehouse's
/// case records belong to, the year to the latest it holds, the file to annual-report-&lt;code&gt;-&lt;year&gt;.docx.
/// </summary>
internal static class AnnualReportCommand
{
    public static Command Create()
    {
        var authority = new Option<string?>("--authority") { Description = "The council's DfE code, e.g. 999 (default: the council whose case records the warehouse holds)." };
        var period = new Option<string?>("--period") { Description = "Financial year, e.g. 2024/25 (default: the latest year the warehouse holds for the council)." };
        var output = new Option<FileInfo?>("--out") { Description = "The file to write: .docx (Word) or .html (default: annual-report-<code>-<year>.docx)." };
        var unsuppressed = new Option<bool>("--unsuppressed")
        {
            Description = "Show counts from 1 to 4 in the tables by team and complainant type: internal drafts only (every page says so).",
        };
        var command = new Command("annual", "The statutory annual report on children's complaints (regulation 13(3)), as Word or HTML.")
        {
            authority, period, output, unsuppressed,
        };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
        {
            var generator = services.GetRequiredService<AnnualReportGenerator>();

            // The neighbours chart reads the benchmark mart, a table: bring it up to date with the case records
            // the tables read live, so the chart and table 12 never disagree (nothing happens if it is current).
            BenchmarkMart.EnsureCurrent(connection);
            var suppress = parse.GetValue(unsuppressed) ? false : (bool?)null;
            try
            {
                var path = parse.GetValue(output)?.FullName ?? DefaultPath(connection, parse.GetValue(authority), parse.GetValue(period));
                var result = generator.Generate(connection, new AnnualReportRequest(parse.GetValue(authority), parse.GetValue(period), path, suppress));
                VerbRunner.Errors.MarkupLine(Markup.Escape(
                    $"Annual report {result.Period} for {result.AuthorityName} ({result.LaCode}), years {string.Join(", ", result.Years)}: " +
                    $"{result.Sections} sections, {result.Tables} tables, {result.Charts} charts, in {result.Elapsed.TotalSeconds:F1} s."));
                if (!result.Suppressed)
                {
                    VerbRunner.Errors.MarkupLine("[red]Small numbers are NOT suppressed: internal draft only, do not publish.[/]");
                }

                Console.Out.WriteLine(result.OutputPath);
                return 0;
            }
            catch (ReportScopeException ex)
            {
                throw new UserInputException(ex.Message, ex);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserInputException($"The report could not be written ({ex.Message}). If the file is open in Word, close it and try again.", ex);
            }
        }));
        return command;
    }

    private static string DefaultPath(System.Data.IDbConnection connection, string? authority, string? period)
    {
        var scope = ReportScopeResolver.Resolve(connection, authority, period);
        return Path.GetFullPath($"annual-report-{scope.LaCode}-{scope.Period.Replace('/', '-')}.docx");
    }
}
