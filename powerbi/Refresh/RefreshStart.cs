namespace ComplaintsAnalytics.PowerBI;

/// <summary>The answer to a refresh request: accepted (with its request id, if given) or another is running.</summary>
internal sealed record RefreshStart(bool AnotherIsRunning, string? RequestId)
{
    public static readonly RefreshStart Busy = new(true, null);
}
