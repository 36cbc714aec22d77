using System.Data;
using System.Globalization;
using ComplaintsAnalytics.Etl.Authorities;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>
/// Rebuilds <c>mart.benchmark_rates</c> from <c>mart.authority_measures</c>: rates, comparators and trend
/// in SQL (<c>warehouse-sql/duckdb/benchmark/1x_*.sql</c>), funnel limits here. Runs inside the caller's
/// transaction (every benchmark import, the benchmark verb, the demo refresh).
/// </summary>
public static class BenchmarkMart
{
    public static void Refresh(DuckDBConnection connection, IDbTransaction transaction)
    {
        ReferenceNeighbours.EnsureSeeded(connection, transaction);
        connection.Execute(Read("10_create_rate_definitions.sql"), transaction: transaction);
        using (var appender = connection.CreateAppender("temp", "main", "benchmark_rate_definition"))
        {
            foreach (var rate in RateCatalog.All)
            {
                appender.CreateRow()
                    .AppendValue(rate.Code)
                    .AppendValue(rate.Numerator)
                    .AppendValue(rate.Fallback)
                    .AppendValue(rate.FallbackFlag)
                    .AppendValue(rate.Denominator)
                    .AppendValue(rate.Scale)
                    .AppendValue(rate.Distribution.ToString())
                    .EndRow();
            }
        }

        connection.Execute(Read("11_rate_rows.sql"), transaction: transaction);
        var inputs = connection.Query<FunnelInput>(Read("12_funnel_inputs.sql"), transaction: transaction).ToList();
        connection.Execute(Read("13_create_funnel.sql"), transaction: transaction);
        using (var appender = connection.CreateAppender("temp", "main", "benchmark_funnel"))
        {
            foreach (var input in inputs)
            {
                var limit = FunnelLimits.For(Enum.Parse<FunnelDistribution>(input.Distribution), input.EnglandRate, input.Denominator, input.Scale);
                appender.CreateRow()
                    .AppendValue(input.Rate)
                    .AppendValue(input.Period)
                    .AppendValue(input.Denominator)
                    .AppendValue(limit.Lower95)
                    .AppendValue(limit.Upper95)
                    .AppendValue(limit.Lower998)
                    .AppendValue(limit.Upper998)
                    .EndRow();
            }
        }

        connection.Execute(Read("14_replace_benchmark_rates.sql"), transaction: transaction);
        connection.Execute(Read("15_drop_benchmark_temp.sql"), transaction: transaction);

        // The mart remembers the last run it has seen (a DuckDB table comment: no schema to keep in step),
        // so the benchmark verb rebuilds only when a load has happened since.
        var lastRun = connection.ExecuteScalar<long?>("SELECT max(run_id) FROM etl.run", transaction: transaction) ?? 0;
        connection.Execute(string.Create(CultureInfo.InvariantCulture, $"COMMENT ON TABLE mart.benchmark_rates IS '{lastRun}'"), transaction: transaction);
    }

    /// <summary>Rebuilds the mart unless no load has succeeded since it was last rebuilt; true when it rebuilt.</summary>
    public static bool EnsureCurrent(DuckDBConnection connection)
    {
        var seen = connection.ExecuteScalar<string?>("SELECT comment FROM duckdb_tables() WHERE schema_name = 'mart' AND table_name = 'benchmark_rates'");
        var latest = connection.ExecuteScalar<long?>("SELECT max(run_id) FROM etl.run WHERE status = 'succeeded'") ?? 0;
        if (long.TryParse(seen, NumberStyles.None, CultureInfo.InvariantCulture, out var seenRun) && latest <= seenRun)
        {
            return false;
        }

        Refresh(connection);
        return true;
    }

    /// <summary>Rebuilds the mart in a transaction of its own.</summary>
    public static void Refresh(DuckDBConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Refresh(connection, transaction);
        transaction.Commit();
    }

    private static string Read(string file) => EmbeddedSql.Read($"duckdb/benchmark/{file}");

    private sealed record FunnelInput(string Rate, string Period, double Denominator, double EnglandRate, double Scale, string Distribution);
}
