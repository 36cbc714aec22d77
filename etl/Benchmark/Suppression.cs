namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>
/// Small-number disclosure control: a count from 1 to 4 is written <c>c</c>, and so is any rate built
/// on one. Zero is not suppressed (it discloses no one).
/// </summary>
public static class Suppression
{
    public const string Marker = "c";

    /// <summary>True for a count from 1 to 4.</summary>
    public static bool IsSmallCount(double? count) => count is >= 1 and <= 4;

    /// <summary>True when a rate built on <paramref name="numerator"/> over <paramref name="denominator"/> must be suppressed.</summary>
    public static bool SuppressesRate(double? numerator, double? denominator) => IsSmallCount(numerator) || IsSmallCount(denominator);
}
