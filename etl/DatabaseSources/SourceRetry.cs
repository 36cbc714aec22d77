namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>Exponential back-off between attempts at a pull.</summary>
public static class SourceRetry
{
    /// <summary>No pause is longer than this, however many attempts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(2);

    /// <summary>The pause after failed attempt <paramref name="failedAttempt"/> (1, 2, ...): the first delay, doubled each time.</summary>
    public static TimeSpan DelayAfter(int failedAttempt, TimeSpan firstDelay)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempt - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(firstDelay.Ticks * factor, MaxDelay.Ticks));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
