using ComplaintsAnalytics.Etl.CinCensus;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary><c>import cin-census</c>: a council's own child-level return, counted into its referrals figure.</summary>
public sealed class CinCensusImportTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    private static string Return => Fixture.Benchmark("cin-census", "northbrook-cin-census-2024-invented.xml");

    [Fact]
    public void Referrals_in_the_financial_year_are_counted_and_nothing_about_a_child_is_kept()
    {
        var result = _warehouse.Load(Return, new CinCensusParser());

        // 8 referrals dated 1 April 2023 to 31 March 2024, for 5 children, 3 with no further action;
        // one dated 2022 and one 1 April 2024 are outside the year; one date is unreadable.
        Assert.Equal((9L, 8L, 1L), (result.Read, result.Loaded, result.Rejected));
        Assert.Equal("2 CINdetails with a referral outside 2023/24 (or none) left aside", result.Message);
        Assert.Equal(8m, Value("referral_count"));
        Assert.Equal(5m, Value("referral_child_count"));
        Assert.Equal(3m, Value("no_further_action_count"));
        Assert.Equal("warehouse", _warehouse.Scalar<string>("SELECT DISTINCT origin FROM dw.fact_referrals"));
        Assert.Equal(0L, _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_referrals WHERE area_name LIKE '%NB0%' OR source LIKE '%NB0%'"));
        Assert.Equal("31/01/2024", _warehouse.Scalar<string>("SELECT value FROM etl.reject"));
    }

    [Fact]
    public void The_councils_own_count_and_DfEs_published_figure_are_both_shown_and_the_published_one_is_used()
    {
        _warehouse.Load(Fixture.Benchmark("demo", "northbrook-cin-referrals-invented.csv"), new CinReferralsParser());
        _warehouse.Load(Return, new CinCensusParser());

        Assert.Equal(5012m, _warehouse.Measure("999", "2023/24", "cin_referrals"));
        var comparison = _warehouse.Connection.QuerySingle<(decimal Published, decimal Own, decimal Difference, string Used)>(
            "SELECT published_value, warehouse_value, difference, used FROM mart.measure_comparison WHERE la_code = '999' AND period = '2023/24' AND measure = 'cin_referrals'");
        Assert.Equal((5012m, 8m, -5004m, "published"), comparison);
    }

    [Fact]
    public void Before_DfE_publishes_the_councils_own_count_is_used()
    {
        _warehouse.Load(Return, new CinCensusParser());

        Assert.Equal(8m, _warehouse.Measure("999", "2023/24", "cin_referrals"));
        Assert.Equal("warehouse", _warehouse.Scalar<string>("SELECT origin FROM mart.authority_measures WHERE la_code = '999' AND measure = 'cin_referrals'"));
    }

    [Fact]
    public void Rerunning_the_return_changes_nothing()
    {
        _warehouse.Load(Return, new CinCensusParser());
        var again = _warehouse.Load(Return, new CinCensusParser(), force: true);

        Assert.Equal((9L, 0L, 8L, 1L), (again.Read, again.Loaded, again.Unchanged, again.Rejected));
        Assert.Equal(3L, _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_referrals"));
    }

    [Theory]
    [InlineData("not-a-cin-return.xml", "not-a-cin-return.xml: not a CIN census return: the root element is 'EXPSSDA903', expected 'Message' (with Header and Children).")]
    [InlineData("school-census-not-cin.xml", "school-census-not-cin.xml: not a CIN census return: the Header's CollectionDetails/Collection is 'SC', expected 'CIN'.")]
    public void Another_kind_of_XML_is_refused(string file, string message)
    {
        var error = Assert.Throws<FileRefusedException>(() => _warehouse.Load(Fixture.Benchmark("cin-census", file), new CinCensusParser()));

        Assert.Equal(message, error.Message);
    }

    private decimal Value(string measure) =>
        _warehouse.Scalar<decimal>("SELECT value FROM dw.fact_referrals WHERE la_code = '999' AND period = '2023/24' AND measure = $measure", new { measure });

    public void Dispose() => _warehouse.Dispose();
}
