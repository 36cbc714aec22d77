namespace ComplaintsAnalytics.PowerBI;

/// <summary>What one look at a refresh found, from the history or from the enhanced-refresh details.</summary>
internal sealed record RefreshState(string Status, DateTimeOffset? StartTime, DateTimeOffset? EndTime, string? Error)
{
    public static RefreshState From(RefreshHistoryEntry entry) =>
        new(entry.Status, entry.StartTime, entry.EndTime, entry.ServiceExceptionJson);
}
