namespace ComplaintsAnalytics.PowerBI;

/// <summary>The retention policy a push dataset is created with (<c>defaultRetentionPolicy</c>).</summary>
public enum PushRetentionPolicy
{
    /// <summary>Keeps every row, up to 5,000,000 a table. Right for tables replaced nightly.</summary>
    None,

    /// <summary>Keeps the newest 200,000 rows a table and silently drops older ones.</summary>
    BasicFifo,
}
