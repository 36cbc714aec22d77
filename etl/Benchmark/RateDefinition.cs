namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>
/// A benchmark rate: <c>numerator / denominator * scale</c>, from measure codes of
/// <c>mart.authority_measures</c>. <paramref name="Fallback"/> is used (and flagged) when a council does
/// not publish the numerator.
/// </summary>
public sealed record RateDefinition(
    string Code,
    string Numerator,
    string Denominator,
    double Scale,
    FunnelDistribution Distribution,
    string Title,
    string NumeratorLabel,
    string DenominatorLabel,
    string? Fallback = null,
    string? FallbackFlag = null);
