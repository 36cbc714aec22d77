namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>Funnel limits at one denominator, on the rate's scale (e.g. per 1,000).</summary>
public sealed record FunnelLimit(double Lower95, double Upper95, double Lower998, double Upper998);
