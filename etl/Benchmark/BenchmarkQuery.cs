using System.Data;
using Dapper;

namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>Reads <c>mart.benchmark_rates</c>, and an authority's neighbours, for the benchmark verb and its chart.</summary>
public static class BenchmarkQuery
{
    /// <summary>The mart's columns, in order (the csv output's header).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "la_code", "la_name", "region", "period", "rate", "value", "numerator", "denominator", "suppressed", "flag",
        "neighbour_median", "region_median", "england_median", "rank", "funnel_lower_95", "funnel_upper_95",
        "funnel_lower_998", "funnel_upper_998", "trend",
    ];

    /// <summary>Rows for a period (all periods when null), optionally one authority and one rate, by rate then authority name.</summary>
    public static IReadOnlyList<BenchmarkRate> Rates(IDbConnection connection, string? period, string? laCode = null, string? rate = null) =>
        connection.Query<BenchmarkRate>(
            """
            SELECT la_code AS LaCode, la_name AS LaName, region AS Region, period AS Period, rate AS Rate, value AS Value,
                   numerator AS Numerator, denominator AS Denominator, suppressed AS Suppressed, flag AS Flag,
                   neighbour_median AS NeighbourMedian, region_median AS RegionMedian, england_median AS EnglandMedian,
                   rank AS Rank, funnel_lower_95 AS FunnelLower95, funnel_upper_95 AS FunnelUpper95,
                   funnel_lower_998 AS FunnelLower998, funnel_upper_998 AS FunnelUpper998, trend AS Trend
            FROM mart.benchmark_rates
            WHERE ($period IS NULL OR period = $period)
              AND ($la_code IS NULL OR la_code = $la_code)
              AND ($rate IS NULL OR rate = $rate)
            ORDER BY rate, period, la_name
            """,
            new { period, la_code = laCode, rate }).ToList();

    /// <summary>The authority's neighbours in its latest model, closest first.</summary>
    public static IReadOnlyList<string> Neighbours(IDbConnection connection, string laCode) =>
        connection.Query<string>(
            """
            SELECT neighbour_la_code FROM dw.authority_neighbour
            WHERE la_code = $la_code AND model = (SELECT max(model) FROM dw.authority_neighbour WHERE la_code = $la_code)
            ORDER BY neighbour_rank
            """,
            new { la_code = laCode }).ToList();

    /// <summary>The pooled England rate (per unit) of real councils, as the mart draws the funnel around it, or null.</summary>
    public static double? EnglandRate(IEnumerable<BenchmarkRate> rows, IReadOnlySet<string> fictional)
    {
        var counted = rows.Where(r => r.Value is not null && r.Numerator is not null && r.Denominator > 0 && !fictional.Contains(r.LaCode)).ToList();
        var denominator = counted.Sum(r => r.Denominator!.Value);
        return denominator > 0 ? counted.Sum(r => r.Numerator!.Value) / denominator : null;
    }

    /// <summary>The DfE codes of the invented demo councils.</summary>
    public static IReadOnlySet<string> FictionalCodes(IDbConnection connection) =>
        connection.Query<string>("SELECT DISTINCT la_code FROM dw.dim_authority WHERE is_fictional").ToHashSet(StringComparer.Ordinal);
}
