using ComplaintsAnalytics.Etl.Authorities;
using ComplaintsAnalytics.Etl.Benchmark;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary>Statistical neighbours: DfE's 2025 model shipped, the demo council given North Northamptonshire's, and <c>import neighbours</c>.</summary>
public sealed class NeighbourTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void The_shipped_2025_model_gives_every_authority_ten_neighbours_and_999_those_of_940()
    {
        BenchmarkMart.Refresh(_warehouse.Connection);

        Assert.Equal(154L, _warehouse.Scalar<long>("SELECT count(DISTINCT la_code) FROM dw.authority_neighbour"));
        Assert.Equal(1540L, _warehouse.Scalar<long>("SELECT count(*) FROM dw.authority_neighbour"));
        Assert.Equal(BenchmarkQuery.Neighbours(_warehouse.Connection, "940"), BenchmarkQuery.Neighbours(_warehouse.Connection, "999"));
        Assert.Equal(["866", "941", "935", "925", "933", "883", "891", "813", "887", "384"], BenchmarkQuery.Neighbours(_warehouse.Connection, "999"));
        Assert.Equal("Close", _warehouse.Scalar<string>("SELECT closeness FROM dw.authority_neighbour WHERE la_code = '301' AND neighbour_rank = 1"));
    }

    [Fact]
    public void A_councils_next_model_is_loaded_and_the_latest_model_is_used()
    {
        BenchmarkMart.Refresh(_warehouse.Connection);
        var lines = File.ReadAllLines(Fixture.Dfe("sn_model_2025_wide.csv"));
        var path = _warehouse.WriteFile("sn_model_2026_wide.csv", [lines[0], .. lines.Skip(1).Select(l => l.StartsWith("860,", StringComparison.Ordinal) ? ReplaceFirstNeighbour(l, "855") : l)]);
        var import = new NeighbourImport(new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero)));

        var result = import.Import(_warehouse.Connection, path);
        var again = import.Import(_warehouse.Connection, path, force: true);

        Assert.Equal((153L, 153L, 0L), (result.Read, result.Loaded, result.Rejected));
        Assert.Equal((153L, 0L, 153L), (again.Read, again.Loaded, again.Unchanged));
        Assert.Equal("855", BenchmarkQuery.Neighbours(_warehouse.Connection, "860")[0]);
        Assert.Equal("866", BenchmarkQuery.Neighbours(_warehouse.Connection, "999")[0]);
    }

    [Fact]
    public void A_file_in_another_layout_is_refused()
    {
        var import = new NeighbourImport(_warehouse.Clock);

        var error = Assert.Throws<FileRefusedException>(() => import.Import(_warehouse.Connection, Fixture.Benchmark("neighbours", "neighbours-long-layout.csv"), model: "2026"));

        Assert.StartsWith("neighbours-long-layout.csv: not a DfE statistical neighbours file: column(s) 'old_la_code', 'SN_1'", error.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirstNeighbour(string line, string code)
    {
        var cells = line.Split(',');
        cells[4] = code;
        return string.Join(',', cells);
    }

    public void Dispose() => _warehouse.Dispose();
}
