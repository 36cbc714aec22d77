namespace ComplaintsAnalytics.PowerBI;

/// <summary>The outcome of <see cref="PowerBIClient.RefreshDatasetAsync(CancellationToken)"/>, for the run log.</summary>
/// <param name="Status">How the refresh ended.</param>
/// <param name="RequestId">The refresh's request id, when one was started.</param>
/// <param name="StartTime">When the service started it.</param>
/// <param name="EndTime">When the service ended it.</param>
/// <param name="Error">The service's <c>serviceExceptionJson</c> or messages, or why we did not start or stopped waiting.</param>
public sealed record DatasetRefreshResult(
    DatasetRefreshStatus Status,
    string? RequestId,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    string? Error)
{
    /// <summary>True when the refresh completed.</summary>
    public bool Succeeded => Status == DatasetRefreshStatus.Completed;
}
