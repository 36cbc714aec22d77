namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>What importing a set of case files did, summed over the files, and how long it took.</summary>
internal sealed record NationalLoad(long Read, long Loaded, long Updated, long Rejected, double Seconds);
