using System.Globalization;

namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>
/// A benchmark row as the text every output writes, in the mart's column order, with small-number
/// suppression: a suppressed rate is written <c>c</c>, with its counts from 1 to 4 (or publisher-suppressed
/// counts), and its rank, limits and trend left blank. Unsuppressed, such a row's flag says so.
/// </summary>
public static class BenchmarkCells
{
    public const string UnsuppressedFlag = "unsuppressed: internal use only";

    public static string?[] For(BenchmarkRate r, bool unsuppressed)
    {
        var hide = r.Suppressed && !unsuppressed;
        var flag = r.Suppressed && unsuppressed ? (string.IsNullOrEmpty(r.Flag) ? UnsuppressedFlag : $"{r.Flag}; {UnsuppressedFlag}") : r.Flag;
        return
        [
            r.LaCode, r.LaName, r.Region, r.Period, r.Rate,
            hide ? Suppression.Marker : Rate(r.Value),
            hide && (r.Numerator is null || Suppression.IsSmallCount(r.Numerator)) ? Suppression.Marker : Count(r.Numerator),
            hide && (r.Denominator is null || Suppression.IsSmallCount(r.Denominator)) ? Suppression.Marker : Count(r.Denominator),
            r.Suppressed ? "true" : "false",
            flag,
            Rate(r.NeighbourMedian), Rate(r.RegionMedian), Rate(r.EnglandMedian),
            hide ? null : r.Rank?.ToString(CultureInfo.InvariantCulture),
            hide ? null : Rate(r.FunnelLower95), hide ? null : Rate(r.FunnelUpper95),
            hide ? null : Rate(r.FunnelLower998), hide ? null : Rate(r.FunnelUpper998),
            hide ? null : r.Trend,
        ];
    }

    private static string? Rate(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);

    private static string? Count(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);
}
