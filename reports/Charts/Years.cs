using ComplaintsAnalytics.Reports.Data;

namespace ComplaintsAnalytics.Reports.Charts;

/// <summary>"2022/23 to 2024/25", or the one year.</summary>
internal static class Years
{
    public static string Span(ReportScope scope) =>
        scope.Years.Count > 1 ? $"{scope.Years[0]} to {scope.Period}" : scope.Period;
}
