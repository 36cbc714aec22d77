using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Sen2;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary><c>import sen2</c> on (invented) files in DfE's EHC plans layout.</summary>
public sealed class Sen2ImportTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void New_plans_load_headline_rows_with_England_and_regions_and_leave_breakdowns_aside()
    {
        var result = _warehouse.Load(Fixture.Benchmark("sen2", "sen2-new-plans-invented.csv"), new Sen2Parser());

        Assert.Equal((7L, 6L, 1L), (result.Read, result.Loaded, result.Rejected));
        Assert.Equal("new EHC plans in the calendar year: 2 breakdown row(s) and 1 row(s) at other geographic levels left aside", result.Message);
        Assert.Equal(1105m, _warehouse.Measure("999", "2023/24", "ehc_plans_issued"));
        Assert.Equal(1020m, _warehouse.Measure("999", "2022/23", "ehc_plans_issued"));
        Assert.Equal(80000m, _warehouse.Scalar<decimal>("SELECT value FROM dw.fact_ehcp WHERE area_code = 'E92000001' AND measure = 'new_ehc_plans'"));
        Assert.Equal("new_plans", _warehouse.Scalar<string>("SELECT DISTINCT category FROM dw.fact_ehcp"));
        Assert.Equal("mainstream_total", _warehouse.Scalar<string>("SELECT column_name FROM etl.reject"));
    }

    [Fact]
    public void Markers_are_kept_and_c_is_suppressed()
    {
        _warehouse.Load(Fixture.Benchmark("sen2", "sen2-new-plans-invented.csv"), new Sen2Parser());

        var westshire = _warehouse.Connection.QuerySingle<(decimal? Value, string Marker, bool Suppressed)>(
            "SELECT value, marker, suppressed FROM dw.fact_ehcp WHERE la_code = '998' AND measure = 'new_ehc_plans'");
        var hackney = _warehouse.Connection.QuerySingle<(decimal? Value, string Marker, bool Suppressed)>(
            "SELECT value, marker, suppressed FROM dw.fact_ehcp WHERE la_code = '204' AND measure = 'new_ehc_plans'");
        Assert.Equal((null, "c", true), westshire);
        Assert.Equal((null, "x", false), hackney);
        Assert.True(_warehouse.Scalar<bool>("SELECT suppressed FROM mart.authority_measures WHERE la_code = '998' AND measure = 'ehc_plans_issued'"));
    }

    [Fact]
    public void Each_table_goes_to_the_financial_year_it_describes()
    {
        _warehouse.Load(Fixture.Benchmark("sen2", "sen2-plans-in-place-invented.csv"), new Sen2Parser());
        _warehouse.Load(Fixture.Benchmark("sen2", "sen2-timeliness-invented.csv"), new Sen2Parser());
        _warehouse.Load(Fixture.Benchmark("sen2", "sen2-requests-invented.csv"), new Sen2Parser());

        Assert.Equal(5210m, _warehouse.Measure("999", "2023/24", "ehc_plans_in_place"));
        Assert.Equal(48.9m, _warehouse.Measure("999", "2023/24", "pct_ehc_plans_issued_within_20_weeks"));
        Assert.Equal(1210m, _warehouse.Measure("999", "2023/24", "ehc_needs_assessments_started"));
        Assert.Equal("z", _warehouse.Scalar<string>("SELECT marker FROM dw.fact_ehcp WHERE la_code = '998' AND measure = 'ehcplans'"));
    }

    [Fact]
    public void An_older_aggregate_file_and_a_table_of_another_kind_are_refused()
    {
        var old = Assert.Throws<FileRefusedException>(() => _warehouse.Load(Fixture.Benchmark("sen2", "sen2-old-aggregate-invented.csv"), new Sen2Parser()));
        var other = Assert.Throws<FileRefusedException>(() => _warehouse.Load(Fixture.C1, new Sen2Parser()));

        Assert.StartsWith("sen2-old-aggregate-invented.csv: an older aggregate SEN2 file (Total_ehc)", old.Message, StringComparison.Ordinal);
        Assert.Equal(
            "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv: not an EHC plans table: none of the measure columns ehcplans, new_ehc_plans, plans_issued_within_20_weeks, requests_received_in_year was found.",
            other.Message);
    }

    [Fact]
    public void Rerunning_a_SEN2_table_changes_nothing()
    {
        _warehouse.Load(Fixture.Benchmark("sen2", "sen2-new-plans-invented.csv"), new Sen2Parser());
        var rows = _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_ehcp");

        var again = _warehouse.Load(Fixture.Benchmark("sen2", "sen2-new-plans-invented.csv"), new Sen2Parser(), force: true);

        Assert.Equal((7L, 0L, 0L, 6L, 1L), (again.Read, again.Loaded, again.Updated, again.Unchanged, again.Rejected));
        Assert.Equal(rows, _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_ehcp"));
    }

    public void Dispose() => _warehouse.Dispose();
}
