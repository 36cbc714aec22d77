using ComplaintsAnalytics.Etl.Benchmark;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary>
/// Funnel limits against values worked by hand (Spiegelhalter 2005: r is the smallest count with
/// F(r) at least p; the limit is r - (F(r) - p) / (F(r) - F(r - 1)), over n).
/// </summary>
public sealed class FunnelLimitsTests
{
    [Fact]
    public void Poisson_limits_for_an_expected_two_complaints_match_the_hand_calculation()
    {
        // England rate 20 per 1,000 referrals, a council with 100 referrals: expected count 2.
        // F(4) = 0.947347, F(5) = 0.983436: upper 95% = 5 - (0.983436 - 0.975) / 0.036089 = 4.76624 complaints, 47.66 per 1,000.
        // F(7) = 0.998903, F(8) = 0.999763: upper 99.8% = 8 - (0.999763 - 0.999) / 0.000859 = 7.11256, 71.13 per 1,000.
        // F(0) = 0.135335 is already above 0.025 and 0.001: the lower limits fall below zero and are drawn at zero.
        var limit = FunnelLimits.For(FunnelDistribution.Poisson, 0.02, 100, 1000);

        Assert.Equal(47.6624, limit.Upper95, 4);
        Assert.Equal(71.1256, limit.Upper998, 4);
        Assert.Equal(0, limit.Lower95);
        Assert.Equal(0, limit.Lower998);
    }

    [Fact]
    public void Binomial_limits_for_ten_cases_at_half_match_the_hand_calculation()
    {
        // Binomial(10, 0.5): F(1) = 11/1024, F(2) = 56/1024: lower 95% = 2 - (56/1024 - 0.025) / (45/1024) = 1.32444, 13.24%.
        // F(7) = 968/1024, F(8) = 1013/1024: upper 95% = 8 - (1013/1024 - 0.975) / (45/1024) = 7.67556, 76.76%.
        // F(0) = 1/1024: lower 99.8% = 0 - (1/1024 - 0.001) / (1/1024) = 0.0024, 0.024%; F(9) = 1023/1024: upper 99.8% = 8.9976, 89.976%.
        var limit = FunnelLimits.For(FunnelDistribution.Binomial, 0.5, 10, 100);

        Assert.Equal(13.2444, limit.Lower95, 4);
        Assert.Equal(76.7556, limit.Upper95, 4);
        Assert.Equal(0.0240, limit.Lower998, 4);
        Assert.Equal(89.9760, limit.Upper998, 4);
    }

    [Fact]
    public void A_small_council_gets_wider_limits_than_a_large_one()
    {
        var small = FunnelLimits.For(FunnelDistribution.Poisson, 0.0266, 500, 1000);
        var large = FunnelLimits.For(FunnelDistribution.Poisson, 0.0266, 15000, 1000);

        Assert.True(small.Upper95 - small.Lower95 > 4 * (large.Upper95 - large.Lower95));
        Assert.True(small.Upper998 > small.Upper95 && small.Lower998 < small.Lower95);
    }

    [Fact]
    public void Log_factorials_are_exact_below_256_and_close_above()
    {
        Assert.Equal(Math.Log(120), FunnelLimits.LogFactorial(5), 12);
        var exact = Enumerable.Range(2, 299).Sum(i => Math.Log(i));
        Assert.Equal(exact, FunnelLimits.LogFactorial(300), 8);
    }
}
