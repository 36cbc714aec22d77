namespace ComplaintsAnalytics.PowerBI;

/// <summary>The status words of the refresh APIs and what they mean for a waiting client.</summary>
internal static class RefreshStatuses
{
    /// <summary>The outcome a status stands for, or null while the refresh is still running.</summary>
    public static DatasetRefreshStatus? Terminal(string? status) => status?.ToUpperInvariant() switch
    {
        "COMPLETED" => DatasetRefreshStatus.Completed,
        "FAILED" or "TIMEDOUT" => DatasetRefreshStatus.Failed,
        "CANCELLED" => DatasetRefreshStatus.Cancelled,
        "DISABLED" => DatasetRefreshStatus.Disabled,

        // Unknown (history: still running), NotStarted and InProgress (enhanced).
        _ => null,
    };

    public static bool IsRunning(string? status) => Terminal(status) is null;
}
