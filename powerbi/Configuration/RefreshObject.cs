namespace ComplaintsAnalytics.PowerBI;

/// <summary>A table, or one partition of it, for an enhanced refresh to process.</summary>
public sealed class RefreshObject
{
    /// <summary>The table name in the semantic model.</summary>
    public string Table { get; set; } = "";

    /// <summary>The partition name; empty for the whole table.</summary>
    public string? Partition { get; set; }
}
