using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Etl.BenchmarkReturns;
using ComplaintsAnalytics.Etl.CinCensus;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary>Every rate's formula, suppression (0 is not suppressed), comparators and trend in <c>mart.benchmark_rates</c>.</summary>
public sealed class RateTests : IDisposable
{
    private const string Header = "la_code,la_name,period,measure,value,source";
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Each_rate_is_its_numerator_over_its_denominator_times_its_scale()
    {
        _warehouse.Load(_warehouse.WriteFile("rates.csv",
            Header,
            "860,Staffordshire,2023/24,complaints_social_care_stage1,150,test",
            "860,Staffordshire,2023/24,complaints_statutory_stage1,134,test",
            "860,Staffordshire,2023/24,complaints_statutory_stage2,12,test",
            "860,Staffordshire,2023/24,cin_referrals,5045,test",
            "860,Staffordshire,2023/24,complaints_send_stage1,250,test",
            "860,Staffordshire,2023/24,ehc_plans_issued,1170,test",
            "860,Staffordshire,2023/24,lgsco_upheld,19,test",
            "860,Staffordshire,2023/24,lgsco_detailed_investigations,27,test"), new ReturnsParser());

        Assert.Equal(29.73, Value("social_care_complaints_per_1000_referrals"));
        Assert.Equal(26.56, Value("statutory_stage1_per_1000_referrals"));
        Assert.Equal(21.37, Value("send_complaints_per_100_ehc_plans"));
        Assert.Equal(8.96, Value("escalation_rate_stage2"));
        Assert.Equal(70.37, Value("lgsco_uphold_rate"));
        Assert.Null(_warehouse.Rate("860", "2023/24", "social_care_complaints_per_1000_referrals").Flag);
    }

    [Fact]
    public void Statutory_stage_1_stands_in_for_social_care_complaints_and_is_flagged()
    {
        _warehouse.Load(Fixture.ReturnsSample, new ReturnsParser());

        var rate = _warehouse.Rate("860", "2023/24", "social_care_complaints_per_1000_referrals");
        Assert.Equal(26.56, rate.Value);
        Assert.Equal("statutory stage 1 used: no social care stage 1 figure", rate.Flag);
    }

    [Fact]
    public void Counts_from_1_to_4_suppress_the_rate_but_0_does_not()
    {
        _warehouse.Load(_warehouse.WriteFile("small.csv",
            Header,
            "999,Northbrook,2023/24,complaints_statutory_stage1,130,test",
            "999,Northbrook,2023/24,complaints_statutory_stage2,0,test",
            "999,Northbrook,2023/24,lgsco_detailed_investigations,4,test",
            "999,Northbrook,2023/24,lgsco_upheld,3,test",
            "999,Northbrook,2022/23,complaints_statutory_stage1,136,test",
            "999,Northbrook,2022/23,complaints_statutory_stage2,c,test",
            "998,Westshire,2023/24,complaints_statutory_stage1,20,test",
            "998,Westshire,2023/24,complaints_statutory_stage2,5,test"), new ReturnsParser());

        var zero = _warehouse.Rate("999", "2023/24", "escalation_rate_stage2");
        var small = _warehouse.Rate("999", "2023/24", "lgsco_uphold_rate");
        var published = _warehouse.Rate("999", "2022/23", "escalation_rate_stage2");
        var five = _warehouse.Rate("998", "2023/24", "escalation_rate_stage2");

        Assert.Equal((0.0, false), (zero.Value!.Value, zero.Suppressed));
        Assert.Equal((75.0, true), (small.Value!.Value, small.Suppressed));
        Assert.Equal((null, true, "complaints_statutory_stage2 published as c"), (published.Value, published.Suppressed, published.Flag));
        Assert.Equal((25.0, false), (five.Value!.Value, five.Suppressed));
        Assert.Equal(new string?[] { "c", "c", "c" }, BenchmarkCells.For(small, unsuppressed: false)[5..8]);
        Assert.Equal(new string?[] { "0.00", "0", "130" }, BenchmarkCells.For(zero, unsuppressed: false)[5..8]);
        var shown = BenchmarkCells.For(small, unsuppressed: true);
        Assert.Equal(new string?[] { "75.00", "3", "4" }, shown[5..8]);
        Assert.Equal(BenchmarkCells.UnsuppressedFlag, shown[9]);
    }

    [Fact]
    public void Funnel_limits_in_the_mart_are_drawn_around_the_pooled_England_rate()
    {
        _warehouse.Load(_warehouse.WriteFile("pooled.csv",
            Header,
            "860,Staffordshire,2023/24,complaints_statutory_stage1,10,test",
            "860,Staffordshire,2023/24,cin_referrals,500,test",
            "886,Kent,2023/24,complaints_statutory_stage1,30,test",
            "886,Kent,2023/24,cin_referrals,1500,test"), new ReturnsParser());

        // England rate 40 / 2000 = 0.02; Staffordshire's 500 referrals expect 10 complaints.
        var expected = FunnelLimits.For(FunnelDistribution.Poisson, 0.02, 500, 1000);
        var rate = _warehouse.Rate("860", "2023/24", "statutory_stage1_per_1000_referrals");
        Assert.Equal((Math.Round(expected.Lower95, 2), Math.Round(expected.Upper95, 2)), (rate.FunnelLower95, rate.FunnelUpper95));
        Assert.Equal((Math.Round(expected.Lower998, 2), Math.Round(expected.Upper998, 2)), (rate.FunnelLower998, rate.FunnelUpper998));
        Assert.Equal(20.0, rate.EnglandMedian);
        Assert.Equal(1, rate.Rank);
    }

    [Fact]
    public void Comparators_use_neighbours_region_and_England_and_trend_compares_with_the_year_before()
    {
        _warehouse.Load(Fixture.C1, new CinReferralsParser());
        _warehouse.Load(Fixture.Population, new CinReferralsParser());

        var staffordshire = _warehouse.Rate("860", "2023/24", "referrals_per_10000_children");
        Assert.Equal(290.88, staffordshire.Value);
        Assert.Equal("West Midlands", staffordshire.Region);
        Assert.Equal("down", staffordshire.Trend);
        Assert.NotNull(staffordshire.NeighbourMedian);
        Assert.NotNull(staffordshire.RegionMedian);
        Assert.Equal(153L, _warehouse.Scalar<long>("SELECT max(rank) FROM mart.benchmark_rates WHERE period = '2024/25' AND rate = 'referrals_per_10000_children'"));
        Assert.Equal("London", _warehouse.Rate("204", "2023/24", "referrals_per_10000_children").Region);
    }

    private double? Value(string rate) => _warehouse.Rate("860", "2023/24", rate).Value;

    public void Dispose() => _warehouse.Dispose();
}
