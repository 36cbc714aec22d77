using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.CinCensus;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary><c>import cin</c> on the real DfE c1 file and ONS population estimates.</summary>
public sealed class CinReferralsImportTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void The_real_c1_file_loads_all_153_authorities_for_2025_with_England_and_regional_rows()
    {
        var result = _warehouse.Load(Fixture.C1, new CinReferralsParser());

        Assert.Equal(ImportStatus.Succeeded, result.Status);
        Assert.Equal(2132, result.Read);
        Assert.Equal(2132, result.Loaded);
        Assert.Equal(0, result.Rejected);
        Assert.Equal(153L, _warehouse.Scalar<long>("SELECT count(DISTINCT la_code) FROM dw.fact_referrals WHERE period = '2024/25' AND geographic_level = 'Local authority'"));
        Assert.Equal(11L, _warehouse.Scalar<long>("SELECT count(DISTINCT area_code) FROM dw.fact_referrals WHERE period = '2024/25' AND geographic_level = 'Regional'"));
        Assert.Equal(632830m, _warehouse.Scalar<decimal>("SELECT value FROM dw.fact_referrals WHERE area_code = 'E92000001' AND period = '2024/25' AND measure = 'referral_count'"));
        Assert.Equal(32490m, _warehouse.Scalar<decimal>("SELECT value FROM dw.fact_referrals WHERE area_code = 'E12000001' AND period = '2024/25' AND measure = 'referral_count'"));
    }

    [Fact]
    public void Staffordshire_had_5045_referrals_in_2023_24_as_its_own_report_says()
    {
        _warehouse.Load(Fixture.C1, new CinReferralsParser());

        Assert.Equal(5045m, _warehouse.Measure("860", "2023/24", "cin_referrals"));
        Assert.Equal("published", _warehouse.Scalar<string>("SELECT origin FROM mart.authority_measures WHERE la_code = '860' AND period = '2023/24' AND measure = 'cin_referrals'"));
    }

    [Fact]
    public void Reorganised_authorities_are_loaded_under_the_code_in_use_that_year()
    {
        _warehouse.Load(Fixture.C1, new CinReferralsParser());

        Assert.Equal(2989m, _warehouse.Measure("909", "2022/23", "cin_referrals"));
        Assert.Equal(2375m, _warehouse.Measure("942", "2023/24", "cin_referrals"));
        Assert.Null(_warehouse.Measure("909", "2023/24", "cin_referrals"));
        Assert.Equal(11724m, _warehouse.Measure("928", "2020/21", "cin_referrals"));
        Assert.Equal(7024m, _warehouse.Measure("940", "2021/22", "cin_referrals"));
    }

    [Fact]
    public void Markers_are_loaded_as_missing_values_with_the_marker_kept()
    {
        _warehouse.Load(Fixture.C1, new CinReferralsParser());

        var markers = _warehouse.Connection.Query<(string Marker, long Count, long Suppressed)>(
            "SELECT marker, count(*), count(*) FILTER (WHERE suppressed) FROM dw.fact_referrals WHERE marker IS NOT NULL GROUP BY marker ORDER BY marker").ToList();
        Assert.Equal([("c", 296L, 296L), ("u", 26L, 0L), ("x", 68L, 0L)], markers);
        Assert.Equal(0L, _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_referrals WHERE marker IS NOT NULL AND value IS NOT NULL"));
        Assert.Equal("x", _warehouse.Scalar<string>("SELECT marker FROM dw.fact_referrals WHERE area_code = '204' AND period = '2021/22' AND measure = 'referral_count'"));
        Assert.True(_warehouse.Scalar<bool>("SELECT suppressed FROM dw.fact_referrals WHERE area_code = '420' AND period = '2023/24' AND measure = 'rereferral_count'"));
        Assert.False(_warehouse.Scalar<bool>("SELECT suppressed FROM dw.fact_referrals WHERE area_code = '420' AND period = '2023/24' AND measure = 'no_further_action_count'"));
    }

    [Fact]
    public void Population_estimates_give_rates_per_10000_children()
    {
        _warehouse.Load(Fixture.C1, new CinReferralsParser());
        _warehouse.Load(Fixture.Population, new CinReferralsParser());

        Assert.Equal(173441m, _warehouse.Measure("860", "2023/24", "children_aged_0_17"));
        var staffordshire = _warehouse.Rate("860", "2023/24", "referrals_per_10000_children");
        Assert.Equal(290.88, staffordshire.Value);
        Assert.Equal(153L, _warehouse.Scalar<long>("SELECT count(*) FROM mart.benchmark_rates WHERE period = '2024/25' AND rate = 'referrals_per_10000_children'"));
    }

    [Fact]
    public void Rerunning_the_c1_file_changes_nothing()
    {
        _warehouse.Load(Fixture.C1, new CinReferralsParser());
        var before = _warehouse.Scalar<string>("SELECT string_agg(row_hash, ',' ORDER BY area_code, period, measure) FROM dw.fact_referrals");
        var rows = _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_referrals");

        var again = _warehouse.Load(Fixture.C1, new CinReferralsParser());
        var forced = _warehouse.Load(Fixture.C1, new CinReferralsParser(), force: true);

        Assert.Equal(ImportStatus.Skipped, again.Status);
        Assert.Equal((2132L, 0L, 0L, 2132L), (forced.Read, forced.Loaded, forced.Updated, forced.Unchanged));
        Assert.Equal(rows, _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_referrals"));
        Assert.Equal(before, _warehouse.Scalar<string>("SELECT string_agg(row_hash, ',' ORDER BY area_code, period, measure) FROM dw.fact_referrals"));
    }

    [Fact]
    public void A_DfE_table_of_another_kind_is_refused_naming_the_columns_looked_for()
    {
        var error = Assert.Throws<FileRefusedException>(() => _warehouse.Load(Fixture.Dfe("b1_children_in_need_2013_to_2025.csv"), new CinReferralsParser()));

        Assert.Equal("b1_children_in_need_2013_to_2025.csv: not a children in need referrals table (c1) or a population estimates table: neither 'referral_count' nor 'population_estimate' is a column.", error.Message);
        Assert.Equal("failed", _warehouse.Scalar<string>("SELECT status FROM etl.run ORDER BY run_id DESC LIMIT 1"));
        Assert.Equal(0L, _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_referrals"));
    }

    [Fact]
    public void A_file_without_the_DfE_leading_columns_is_refused()
    {
        var error = Assert.Throws<FileRefusedException>(() => _warehouse.Load(Fixture.Benchmark("cin", "c1-not-a-dfe-table.csv"), new CinReferralsParser()));

        Assert.StartsWith("c1-not-a-dfe-table.csv: not a DfE children in need referrals (c1) or population estimates table: column(s) 'time_period', 'time_identifier', 'geographic_level'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _warehouse.Dispose();
}
