namespace ComplaintsAnalytics.PowerBI;

/// <summary>One entry of a dataset's refresh history (Get Refresh History In Group).</summary>
/// <param name="RequestId">The request id of the refresh.</param>
/// <param name="RefreshType">Scheduled, OnDemand, ViaApi, ViaEnhancedApi, ...</param>
/// <param name="StartTime">When it started.</param>
/// <param name="EndTime">When it ended; empty while running.</param>
/// <param name="Status">Unknown (running), Completed, Failed, Cancelled or Disabled.</param>
/// <param name="ServiceExceptionJson">The failure details as JSON text, for a failed refresh.</param>
public sealed record RefreshHistoryEntry(
    string? RequestId,
    string? RefreshType,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    string Status,
    string? ServiceExceptionJson);
