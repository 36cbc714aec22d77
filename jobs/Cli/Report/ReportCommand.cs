using System.CommandLine;

namespace ComplaintsAnalytics.Jobs.Cli.Report;

/// <summary><c>report</c>: documents drafted from the warehouse; <c>report annual</c> is the statutory annual report.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "Draft reports from the warehouse.");
        command.Subcommands.Add(AnnualReportCommand.Create());
        return command;
    }
}
