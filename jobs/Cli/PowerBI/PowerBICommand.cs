using System.CommandLine;

namespace ComplaintsAnalytics.Jobs.Cli.PowerBI;

/// <summary><c>powerbi refresh | push | status</c>: keep the council's Power BI content fresh, and see how it went.</summary>
internal static class PowerBICommand
{
    public static Command Create() =>
        new("powerbi", "Refresh the Power BI semantic model or push the mart views to a push dataset; see past runs and the service's refresh history.")
        {
            PowerBIRefreshCommand.Create(),
            PowerBIPushCommand.Create(),
            PowerBIStatusCommand.Create(),
        };
}
