namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>Row counts of one run: Read = Loaded + Updated + Unchanged + Rejected.</summary>
public sealed record RunCounts(long Read, long Loaded, long Updated, long Unchanged, long Rejected);
