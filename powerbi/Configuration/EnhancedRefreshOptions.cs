namespace ComplaintsAnalytics.PowerBI;

/// <summary>Settings of an enhanced refresh (section <c>PowerBI:EnhancedRefresh</c>); used on Premium only.</summary>
public sealed class EnhancedRefreshOptions
{
    /// <summary>Processing type: Full, ClearValues, Calculate, DataOnly, Automatic or Defragment.</summary>
    public string Type { get; set; } = "Full";

    /// <summary>Commit mode: transactional (all or nothing) or partialBatch.</summary>
    public string CommitMode { get; set; } = "transactional";

    /// <summary>Tables or partitions to process; empty for the whole model.</summary>
    public IList<RefreshObject> Objects { get; } = [];

    /// <summary>How many times the service retries a failing refresh before it reports failure.</summary>
    public int RetryCount { get; set; }
}
