using ComplaintsAnalytics.Etl.BenchmarkReturns;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.CinCensus;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary><c>import returns</c>: published figures in the benchmark-returns format.</summary>
public sealed class ReturnsImportTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void The_published_sample_loads_every_row()
    {
        var result = _warehouse.Load(Fixture.ReturnsSample, new ReturnsParser());

        Assert.Equal((102L, 102L, 0L), (result.Read, result.Loaded, result.Rejected));
        Assert.Equal(134m, _warehouse.Measure("860", "2023/24", "complaints_statutory_stage1"));
        Assert.Equal(1170m, _warehouse.Measure("860", "2023/24", "ehc_plans_issued"));
        Assert.Equal(1602m, _warehouse.Measure("886", "2020/21", "representations_total"));
    }

    [Fact]
    public void Staffordshire_2023_24_is_26_56_statutory_complaints_per_1000_referrals_and_21_37_send_complaints_per_100_plans()
    {
        _warehouse.Load(Fixture.ReturnsSample, new ReturnsParser());

        Assert.Equal(26.56, _warehouse.Rate("860", "2023/24", "statutory_stage1_per_1000_referrals").Value);
        Assert.Equal(21.37, _warehouse.Rate("860", "2023/24", "send_complaints_per_100_ehc_plans").Value);
    }

    [Fact]
    public void DfE_referrals_win_over_the_figure_a_council_published_and_both_are_shown()
    {
        _warehouse.Load(Fixture.ReturnsSample, new ReturnsParser());
        var onlyReturn = _warehouse.Scalar<string>("SELECT source FROM mart.authority_measures WHERE la_code = '860' AND period = '2023/24' AND measure = 'cin_referrals'");
        _warehouse.Load(Fixture.C1, new CinReferralsParser());

        Assert.StartsWith("Staffordshire complaints annual report", onlyReturn, StringComparison.Ordinal);
        Assert.StartsWith("DfE Children in need", _warehouse.Scalar<string>("SELECT source FROM mart.authority_measures WHERE la_code = '860' AND period = '2023/24' AND measure = 'cin_referrals'"), StringComparison.Ordinal);
        Assert.Equal(2L, _warehouse.Scalar<long>("SELECT count(*) FROM mart.authority_measures_all WHERE la_code = '860' AND period = '2023/24' AND measure = 'cin_referrals'"));
    }

    [Fact]
    public void Suppressed_empty_unknown_and_misplaced_values_are_kept_left_aside_or_rejected_with_reasons()
    {
        var result = _warehouse.Load(Fixture.Benchmark("returns", "returns-with-problems.csv"), new ReturnsParser());

        Assert.Equal((15L, 5L, 10L), (result.Read, result.Loaded, result.Rejected));
        Assert.Equal("1 row(s) with no value (not published) left aside", result.Message);
        var rejects = _warehouse.Connection.Query<(long Row, string Column, string Reason)>(
            "SELECT source_row, column_name, reason FROM etl.reject ORDER BY source_row").ToList();
        Assert.Equal(
        [
            (6L, "period", "not a financial year written YYYY/YY, e.g. 2023/24"),
            (7L, "measure", "not a measure code of the benchmark-returns format"),
            (8L, "value", "a percentage must be from 0 to 100"),
            (9L, "value", "a count must be a whole number, 0 or more"),
            (10L, "value", "not a number or c (suppressed)"),
            (11L, "la_code", "123 is not the DfE code of an English authority with children's services"),
            (12L, "la_code", "local authority 909 did not exist in 2023/24 (codes change when councils reorganise)"),
            (15L, "compliments", "an identical copy of row 14, which was loaded"),
            (16L, "enquiries", "998 2023/24 enquiries appears on rows 16, 17 with different values; none of them was loaded"),
            (17L, "enquiries", "998 2023/24 enquiries appears on rows 16, 17 with different values; none of them was loaded"),
        ],
            rejects);
        Assert.True(_warehouse.Scalar<bool>("SELECT suppressed FROM dw.fact_published_measure WHERE la_code = '999' AND measure = 'complaints_statutory_stage3'"));
        Assert.Equal("c", _warehouse.Scalar<string>("SELECT marker FROM dw.fact_published_measure WHERE la_code = '999' AND measure = 'complaints_statutory_stage3'"));
        Assert.False(_warehouse.Scalar<bool>("SELECT suppressed FROM mart.authority_measures WHERE la_code = '999' AND measure = 'complaints_statutory_stage2'"));
        Assert.True(_warehouse.Scalar<bool>("SELECT suppressed FROM mart.authority_measures WHERE la_code = '999' AND measure = 'complaints_total'"));
        Assert.Equal(10m, _warehouse.Measure("942", "2023/24", "compliments"));
    }

    [Fact]
    public void A_wide_layout_is_refused_naming_the_missing_columns()
    {
        var error = Assert.Throws<FileRefusedException>(() => _warehouse.Load(Fixture.Benchmark("returns", "returns-wrong-layout.csv"), new ReturnsParser()));

        Assert.Equal(
            "returns-wrong-layout.csv: not a benchmark return: column(s) 'period', 'value', 'source' missing. " +
            "A benchmark return has the columns la_code, la_name, period, measure, value, source (one row per authority, period and measure).",
            error.Message);
    }

    [Fact]
    public void Rerunning_a_return_changes_nothing_and_a_corrected_figure_updates_in_place()
    {
        _warehouse.Load(Fixture.ReturnsSample, new ReturnsParser());
        var again = _warehouse.Load(Fixture.ReturnsSample, new ReturnsParser(), force: true);
        var corrected = _warehouse.Load(
            _warehouse.WriteFile("corrected.csv", "la_code,la_name,period,measure,value,source", "860,Staffordshire,2023/24,complaints_statutory_stage1,135,corrected"),
            new ReturnsParser());

        Assert.Equal((102L, 0L, 102L), (again.Read, again.Loaded, again.Unchanged));
        Assert.Equal((1L, 1L), (corrected.Read, corrected.Updated));
        Assert.Equal(102L, _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_published_measure"));
        Assert.Equal(135m, _warehouse.Measure("860", "2023/24", "complaints_statutory_stage1"));
    }

    public void Dispose() => _warehouse.Dispose();
}
