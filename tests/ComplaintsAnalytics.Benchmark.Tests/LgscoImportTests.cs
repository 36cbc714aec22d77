using ComplaintsAnalytics.Etl.Ombudsman;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary><c>import lgsco</c> on (invented) workbooks in the Ombudsman's annual review shape.</summary>
public sealed class LgscoImportTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    private static string Workbook => Fixture.Benchmark("lgsco", "lgsco-annual-review-invented.xlsx");

    [Fact]
    public void Councils_are_matched_by_name_and_the_childrens_services_category_is_kept()
    {
        var result = _warehouse.Load(Workbook, new LgscoParser());

        Assert.Equal((6L, 4L, 2L), (result.Read, result.Loaded, result.Rejected));
        Assert.Equal("left aside: 1 row(s) of other complaint categories, 2 row(s) for bodies without children's services or averages", result.Message);
        Assert.Equal(48m, _warehouse.Measure("999", "2023/24", "lgsco_received"));
        Assert.Equal(15m, _warehouse.Measure("999", "2023/24", "lgsco_detailed_investigations"));
        Assert.Equal(11m, _warehouse.Measure("999", "2023/24", "lgsco_upheld"));
        Assert.Equal(120m, _warehouse.Scalar<decimal>("SELECT value FROM dw.fact_ombudsman WHERE la_code = '999' AND category = 'all' AND measure = 'complaints_received'"));
        Assert.Equal(73.3m, _warehouse.Scalar<decimal>("SELECT value FROM dw.fact_ombudsman WHERE la_code = '999' AND category = 'education_and_childrens_services' AND measure = 'uphold_rate'"));
        Assert.Equal(73.33, _warehouse.Rate("999", "2023/24", "lgsco_uphold_rate").Value);
    }

    [Fact]
    public void Markers_are_kept_and_unknown_councils_and_unreadable_cells_are_rejected()
    {
        _warehouse.Load(Workbook, new LgscoParser());

        Assert.Equal(7L, _warehouse.Scalar<long>("SELECT count(*) FROM dw.fact_ombudsman WHERE la_code = '204' AND marker = 'x' AND value IS NULL"));
        Assert.True(_warehouse.Scalar<bool>("SELECT suppressed FROM dw.fact_ombudsman WHERE la_code = '998' AND measure = 'satisfactory_remedy'"));
        var rejects = _warehouse.Connection.Query<(long Row, string Value, string Reason)>("SELECT source_row, value, reason FROM etl.reject ORDER BY source_row").ToList();
        Assert.Equal(
        [
            (11L, "Nowhere Borough Council", "no English authority with children's services is called this in 2023/24"),
            (12L, "-", "not a number"),
        ],
            rejects);
        Assert.True(_warehouse.Rate("998", "2023/24", "lgsco_uphold_rate").Suppressed);
    }

    [Fact]
    public void A_workbook_without_a_recognisable_header_is_refused_saying_what_was_looked_for()
    {
        var error = Assert.Throws<FileRefusedException>(() => _warehouse.Load(Fixture.Benchmark("lgsco", "lgsco-no-recognisable-header-invented.xlsx"), new LgscoParser()));

        Assert.StartsWith("lgsco-no-recognisable-header-invented.xlsx: no sheet has a recognisable header. Looked for an authority column (Authority, Organisation, Council) and measure columns", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("in the first 15 rows of 'Contacts'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_is_refused()
    {
        var error = Assert.Throws<FileRefusedException>(() => _warehouse.Load(Fixture.ReturnsSample, new LgscoParser()));

        Assert.Equal("benchmark-returns-sample.csv: the Ombudsman's annual review data is a spreadsheet (.xlsx); this is a csv file.", error.Message);
    }

    [Fact]
    public void Rerunning_the_Ombudsman_data_changes_nothing()
    {
        _warehouse.Load(Workbook, new LgscoParser());
        var again = _warehouse.Load(Workbook, new LgscoParser(), force: true);

        Assert.Equal((6L, 0L, 0L, 4L, 2L), (again.Read, again.Loaded, again.Updated, again.Unchanged, again.Rejected));
    }

    [Theory]
    [InlineData("Uphold rate (%)", LgscoColumn.UpholdRate)]
    [InlineData("Complaints & enquiries received", LgscoColumn.ComplaintsReceived)]
    [InlineData("Satisfactory remedy provided by the council", LgscoColumn.SatisfactoryRemedy)]
    [InlineData("Organisation", LgscoColumn.Authority)]
    public void Header_texts_that_change_between_years_are_recognised(string header, LgscoColumn expected) =>
        Assert.Equal(expected, LgscoHeaders.Recognise(header));

    public void Dispose() => _warehouse.Dispose();
}
