using ComplaintsAnalytics.Etl.BenchmarkReturns;
using ComplaintsAnalytics.Etl.CaseSystem;
using Dapper;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary>
/// The demo council's own case records produce the benchmark-returns measures (figures from the demo
/// export's "Exact counts", loadable rows, 2023/24), and <c>export returns</c> writes them with suppression.
/// </summary>
public sealed class WarehouseMeasureTests : IClassFixture<DemoCasesWarehouse>
{
    private readonly TemporaryWarehouse _warehouse;

    public WarehouseMeasureTests(DemoCasesWarehouse demo) => _warehouse = demo.Warehouse;

    [Theory]
    [InlineData("complaints_statutory_stage1", 130)]
    [InlineData("complaints_statutory_stage2", 12)]
    [InlineData("complaints_statutory_stage3", 7)]
    [InlineData("complaints_corporate_stage1", 324)]
    [InlineData("complaints_corporate_stage2", 42)]
    [InlineData("complaints_total", 454)]
    [InlineData("complaints_rejected", 47)]
    [InlineData("complaints_withdrawn", 49)]
    [InlineData("compliments", 286)]
    [InlineData("enquiries", 248)]
    [InlineData("mp_enquiries", 187)]
    [InlineData("member_enquiries", 155)]
    [InlineData("duty_matters", 29)]
    [InlineData("informal_representations", 9)]
    [InlineData("comments", 20)]
    [InlineData("representations_total", 1388)]
    [InlineData("pct_statutory_stage1_upheld", 17.7)]
    [InlineData("pct_statutory_stage1_partially_upheld", 36.9)]
    [InlineData("pct_statutory_stage1_not_upheld", 32.3)]
    [InlineData("pct_statutory_stage1_withdrawn", 13.1)]
    public void Case_records_give_the_benchmark_returns_measures(string measure, double expected)
    {
        Assert.Equal((decimal)expected, _warehouse.Connection.ExecuteScalar<decimal>(
            "SELECT value FROM mart.warehouse_measures WHERE la_code = '999' AND period = '2023/24' AND measure = $measure", new { measure }));
    }

    [Fact]
    public void Timeliness_shares_count_decided_responses_within_the_extended_timescale()
    {
        // Statutory stage 1, 2023/24: 113 decided responses, 25 late.
        Assert.Equal(77.9m, _warehouse.Measure("999", "2023/24", "pct_statutory_stage1_within_timescale"));
    }

    [Fact]
    public void The_export_writes_the_benchmark_returns_format_and_suppresses_counts_from_1_to_4()
    {
        using var writer = new StringWriter();
        ReturnsExport.Write(_warehouse.Connection, "999", "2022/23", writer, unsuppressed: false, new DateOnly(2025, 4, 15));
        var lines = writer.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("la_code,la_name,period,measure,value,source", lines[0]);
        Assert.Equal("999,Northbrook Council (invented demo),2022/23,complaints_statutory_stage1,136,\"Northbrook Council (invented demo) complaints warehouse (own records), exported 2025-04-15\"", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("999,Northbrook Council (invented demo),2022/23,complaints_statutory_stage3,c,", StringComparison.Ordinal));
        Assert.Equal(30, lines.Length);
    }

    [Fact]
    public void An_unsuppressed_export_says_so_on_every_row_and_imports_back_as_a_return()
    {
        var path = Path.Combine(_warehouse.Folder, "northbrook-2022-23.csv");
        using (var writer = new StreamWriter(path))
        {
            ReturnsExport.Write(_warehouse.Connection, "999", "2022/23", writer, unsuppressed: true, new DateOnly(2025, 4, 15));
        }

        var lines = File.ReadAllLines(path);
        Assert.All(lines.Skip(1), l => Assert.EndsWith("; UNSUPPRESSED: internal use only, do not publish\"", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("999,Northbrook Council (invented demo),2022/23,complaints_statutory_stage3,1,", StringComparison.Ordinal));

        var result = _warehouse.Load(path, new ReturnsParser());
        Assert.Equal((29L, 29L, 0L), (result.Read, result.Loaded, result.Rejected));
        Assert.Equal(0L, _warehouse.Scalar<long>("SELECT count(*) FROM mart.measure_comparison WHERE la_code = '999' AND period = '2022/23' AND difference <> 0"));
        Assert.Equal(29L, _warehouse.Scalar<long>("SELECT count(*) FROM mart.measure_comparison WHERE la_code = '999' AND period = '2022/23'"));
    }
}
