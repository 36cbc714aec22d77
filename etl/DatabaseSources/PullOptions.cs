namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>How one pull departs from the schedule the settings give.</summary>
/// <param name="FullRead">Read every row (from the floor), not only those changed since the stored watermark.</param>
/// <param name="CompareKeys">Run the deleted-case key comparison now, whenever it last ran.</param>
public sealed record PullOptions(bool FullRead = false, bool CompareKeys = false)
{
    public static PullOptions Scheduled { get; } = new();
}
