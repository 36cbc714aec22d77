namespace ComplaintsAnalytics.Etl.Authorities;

/// <summary>One of an authority's statistical neighbours: rank 1 is the closest.</summary>
public sealed record NeighbourRow(long SourceRow, string LaCode, short Rank, string NeighbourLaCode, string? Closeness);
