namespace ComplaintsAnalytics.Reports.Data;

/// <summary>A row of <c>mart.annual_neighbour_rates</c>: the council or one of its statistical neighbours in one year.</summary>
public sealed class NeighbourRateRow
{
    public required string Year { get; init; }

    public required string ComparedLaCode { get; init; }

    public required string ComparedLaName { get; init; }

    /// <summary><c>council</c> or <c>neighbour</c>.</summary>
    public required string Role { get; init; }

    public int NeighbourRank { get; init; }

    public double? Value { get; init; }

    public bool Suppressed { get; init; }

    public string? Flag { get; init; }

    public double? NeighbourMedian { get; init; }

    public double? EnglandMedian { get; init; }
}
