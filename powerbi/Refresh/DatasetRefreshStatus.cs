namespace ComplaintsAnalytics.PowerBI;

/// <summary>How a dataset refresh ended, as far as this client saw it.</summary>
public enum DatasetRefreshStatus
{
    /// <summary>The service finished the refresh.</summary>
    Completed,

    /// <summary>The service reports failure; the error text says why.</summary>
    Failed,

    /// <summary>Someone cancelled the refresh.</summary>
    Cancelled,

    /// <summary>The refresh was disabled (selective refresh).</summary>
    Disabled,

    /// <summary>We stopped waiting after <c>PowerBI:RefreshTimeout</c>; the service may still finish it.</summary>
    TimedOut,

    /// <summary>Not started: the shared-capacity daily limit is used up.</summary>
    DailyLimitReached,
}
