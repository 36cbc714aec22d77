using System.Diagnostics;
using ComplaintsAnalytics.Etl.Benchmark;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// What a loaded national warehouse serves, measured the same way by a full run and by <c>--reuse</c>: the benchmark
/// over all councils and years rebuilt, every <c>mart</c> relation read in full, the fact table read in full, and the
/// annual report for the largest council, each beside a plain <c>count(*)</c> of the largest fact table.
/// </summary>
internal static class NationalServing
{
    public static (List<NationalFigure> Figures, NationalMartReads.MartSlowest SlowestMart) Measure(
        IServiceProvider services, DuckDBConnection connection, IReadOnlyList<NationalCouncilYear> plan, string root)
    {
        var figures = new List<NationalFigure>();
        var biggest = connection.QuerySingle<string>(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'dw' AND table_name LIKE 'fact%' ORDER BY estimated_size DESC LIMIT 1");
        var scan = NationalReferences.ReadQuery(connection, $"SELECT count(*) FROM dw.{biggest}");
        var facts = connection.QuerySingle<long>($"SELECT count(*) FROM dw.{biggest}");
        var rebuild = Stopwatch.StartNew();
        BenchmarkMart.Refresh(connection);
        rebuild.Stop();
        figures.Add(new NationalFigure("benchmark over all councils and years: rebuild mart.benchmark_rates", $"{rebuild.Elapsed.TotalMilliseconds:N0} ms",
            $"SELECT count(*) FROM dw.{biggest} ({facts:N0} rows)", $"{scan.Milliseconds:N1} ms", $"{rebuild.Elapsed.TotalMilliseconds / scan.Milliseconds:N0}x"));

        var (marts, slowest) = NationalMartReads.Measure(connection, $"count(*) of dw.{biggest}", scan.Milliseconds);
        figures.AddRange(marts);
        figures.Add(NationalMartReads.WholeFactTable(connection, $"count(*) of dw.{biggest}", scan.Milliseconds));
        figures.Add(NationalAnnualReport.Measure(services, connection, plan, root));
        return (figures, slowest);
    }
}
