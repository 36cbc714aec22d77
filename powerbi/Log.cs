using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>The Power BI client's log events. Ids 6000-6099; no event carries a secret or a token.</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Information, "Refreshing Power BI dataset {DatasetId} ({RefreshKind} refresh)")]
    public static partial void RefreshRequested(ILogger logger, string datasetId, string refreshKind);

    [LoggerMessage(6002, LogLevel.Information, "Power BI accepted the refresh of dataset {DatasetId}, request {RequestId}")]
    public static partial void RefreshAccepted(ILogger logger, string datasetId, string requestId);

    [LoggerMessage(6003, LogLevel.Information, "Another refresh of dataset {DatasetId} is running; waiting for it to end before starting ours")]
    public static partial void RefreshAlreadyRunning(ILogger logger, string datasetId);

    [LoggerMessage(6004, LogLevel.Debug, "Refresh {RequestId}: {Status}")]
    public static partial void RefreshPolled(ILogger logger, string requestId, string status);

    [LoggerMessage(6005, LogLevel.Information, "Refresh {RequestId} ended {Status} {ServiceError}")]
    public static partial void RefreshEnded(ILogger logger, string requestId, string status, string serviceError);

    [LoggerMessage(6006, LogLevel.Warning, "Not refreshing: {Used} of {Limit} shared-capacity refreshes started in the last 24 hours")]
    public static partial void DailyLimitReached(ILogger logger, int used, int limit);

    [LoggerMessage(6007, LogLevel.Warning, "Stopped waiting for refresh {RequestId} after {Timeout}")]
    public static partial void RefreshWaitTimedOut(ILogger logger, string requestId, TimeSpan timeout);

    [LoggerMessage(6008, LogLevel.Debug, "{Used} of {Limit} shared-capacity refreshes used in the last 24 hours")]
    public static partial void RefreshQuota(ILogger logger, int used, int limit);

    [LoggerMessage(6010, LogLevel.Debug, "Push table {Table}: batch {Batch} of {Rows} rows posted, {Total} in all")]
    public static partial void PushBatchPosted(ILogger logger, string table, int batch, int rows, long total);

    [LoggerMessage(6011, LogLevel.Information, "Push table {Table}: waited {Wait} for the push rate limits")]
    public static partial void PushThrottled(ILogger logger, string table, TimeSpan wait);

    [LoggerMessage(6012, LogLevel.Warning, "Push table {Table}: {Count} string values cut to {MaxLength} characters")]
    public static partial void StringsTruncated(ILogger logger, string table, int count, int maxLength);

    [LoggerMessage(6013, LogLevel.Information, "Push table {Table}: rows deleted")]
    public static partial void RowsDeleted(ILogger logger, string table);

    [LoggerMessage(6014, LogLevel.Information, "Created push dataset {Name} ({DatasetId})")]
    public static partial void PushDatasetCreated(ILogger logger, string name, string datasetId);

    [LoggerMessage(6015, LogLevel.Information, "Push table {Table}: schema updated, {Columns} columns")]
    public static partial void TableSchemaUpdated(ILogger logger, string table, int columns);

    [LoggerMessage(6030, LogLevel.Information, "Power BI run {RunId}: {Operation} of {Dataset} started")]
    public static partial void PublishStarted(ILogger logger, long runId, string operation, string dataset);

    [LoggerMessage(6031, LogLevel.Information, "Power BI run {RunId}: pushed {Rows} rows of {Table} in {Requests} requests")]
    public static partial void TablePushed(ILogger logger, long runId, string table, long rows, int requests);

    [LoggerMessage(6032, LogLevel.Information, "Power BI run {RunId} succeeded: {Outcome}, {Rows} rows pushed")]
    public static partial void PublishSucceeded(ILogger logger, long runId, string outcome, long rows);

    [LoggerMessage(6033, LogLevel.Error, "Power BI run {RunId} failed: {Outcome} {Reason}")]
    public static partial void PublishFailed(ILogger logger, long runId, string outcome, string reason);

    [LoggerMessage(6020, LogLevel.Warning, "Power BI {Method} {Path} gave {Outcome}; retry {Attempt} in {Delay}")]
    public static partial void RetryingRequest(ILogger logger, string method, string path, string outcome, TimeSpan delay, int attempt);

    [LoggerMessage(6021, LogLevel.Debug, "Power BI access token acquired, valid until {ExpiresOn}")]
    public static partial void AccessTokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(6022, LogLevel.Error, "Power BI refused {Method} {Path} with {StatusCode} {ErrorCode}")]
    public static partial void AccessRefused(ILogger logger, int statusCode, string method, string path, string? errorCode);
}
