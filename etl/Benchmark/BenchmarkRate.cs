namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>One row of <c>mart.benchmark_rates</c>.</summary>
public sealed class BenchmarkRate
{
    public string LaCode { get; init; } = string.Empty;

    public string LaName { get; init; } = string.Empty;

    public string? Region { get; init; }

    public string Period { get; init; } = string.Empty;

    public string Rate { get; init; } = string.Empty;

    public double? Value { get; init; }

    public double? Numerator { get; init; }

    public double? Denominator { get; init; }

    public bool Suppressed { get; init; }

    public string? Flag { get; init; }

    public double? NeighbourMedian { get; init; }

    public double? RegionMedian { get; init; }

    public double? EnglandMedian { get; init; }

    public int? Rank { get; init; }

    public double? FunnelLower95 { get; init; }

    public double? FunnelUpper95 { get; init; }

    public double? FunnelLower998 { get; init; }

    public double? FunnelUpper998 { get; init; }

    public string? Trend { get; init; }
}
