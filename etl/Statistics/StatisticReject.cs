namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>A row of a statistics file that was not loaded, and why (written to <c>etl.reject</c>).</summary>
public sealed record StatisticReject(long Row, string? Column, string? Value, string Reason);
