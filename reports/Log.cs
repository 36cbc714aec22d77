using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Reports;

/// <summary>The reports project's log messages (no complaint text is ever logged).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 700, Level = LogLevel.Information,
        Message = "Annual report for {LaCode} {Period} written to {Path}: {Tables} tables, {Charts} charts, small numbers suppressed: {Suppressed}, {Milliseconds} ms")]
    public static partial void ReportWritten(ILogger logger, string laCode, string period, string path, int tables, int charts, bool suppressed, long milliseconds);

    [LoggerMessage(EventId = 701, Level = LogLevel.Debug,
        Message = "Annual report for {LaCode} {Period}: views read and charts drawn in {BuildMilliseconds} ms, {Format} written in {WriteMilliseconds} ms")]
    public static partial void ReportTimings(ILogger logger, string laCode, string period, long buildMilliseconds, ReportFormat format, long writeMilliseconds);
}
