using System.Globalization;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// Every relation of schema <c>mart</c> read in full, three ways: the engine alone (<c>EXPLAIN ANALYZE</c> runs the
/// query to its last row and column and discards them, so no client cost), a client reading every value of a
/// materialised result (ADO.NET's default on DuckDB: the whole answer is produced before the first row), and a client
/// reading every value as DuckDB streams it (the way <c>complaints sql</c> and the Power BI push read). A view counts
/// as under a second for a client when the faster of the two has its whole answer in under a second.
/// </summary>
internal static class NationalMartReads
{
    /// <summary>The figures, one per relation, and the slowest relation by the engine and by the faster client.</summary>
    public static (IReadOnlyList<NationalFigure> Figures, MartSlowest Slowest) Measure(DuckDBConnection connection, string reference, double referenceMilliseconds)
    {
        var marts = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'mart' ORDER BY table_name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                marts.Add(reader.GetString(0));
            }
        }

        var figures = new List<NationalFigure>();
        var slowest = new MartSlowest(0, string.Empty, 0, string.Empty);
        foreach (var mart in marts)
        {
            var reads = ReadThreeWays(connection, $"SELECT * FROM mart.{mart}");
            slowest = slowest.With(mart, reads.Engine, reads.FasterClient);
            figures.Add(reads.Figure($"mart.{mart} in full", reference, referenceMilliseconds));
        }

        return (figures, slowest);
    }

    /// <summary>The slowest mart relation read in full, by the engine alone and by the faster client.</summary>
    internal sealed record MartSlowest(double EngineMilliseconds, string EngineMart, double ClientMilliseconds, string ClientMart)
    {
        public MartSlowest With(string mart, double engine, double client) => new(
            engine > EngineMilliseconds ? engine : EngineMilliseconds, engine > EngineMilliseconds ? mart : EngineMart,
            client > ClientMilliseconds ? client : ClientMilliseconds, client > ClientMilliseconds ? mart : ClientMart);

        /// <summary>The mart bar, by the engine and by a client reading every row.</summary>
        public string Verdict() => string.Create(
            CultureInfo.InvariantCulture,
            $"Every mart query under a second: by the engine [bold]{Held(EngineMilliseconds)}[/] (slowest mart.{EngineMart}, {EngineMilliseconds:N0} ms); " +
            $"read in full by the faster client [bold]{Held(ClientMilliseconds)}[/] (slowest mart.{ClientMart}, {ClientMilliseconds:N0} ms).");

        private static string Held(double milliseconds) => milliseconds < 1000 ? "held" : "did not hold";
    }

    /// <summary>The reference for the row-level views: <c>dw.fact_complaint_stage</c> read in full, every column, the same three ways.</summary>
    public static NationalFigure WholeFactTable(DuckDBConnection connection, string reference, double referenceMilliseconds)
    {
        var reads = ReadThreeWays(connection, "SELECT * FROM dw.fact_complaint_stage");
        return reads.Figure("(reference) dw.fact_complaint_stage read in full, every column", reference, referenceMilliseconds);
    }

    private static ThreeReads ReadThreeWays(DuckDBConnection connection, string sql)
    {
        var engine = Engine(connection, sql);
        var (materialised, rows) = NationalReferences.ReadQuery(connection, sql);
        var (streamed, _) = NationalReferences.ReadQuery(connection, sql, streamed: true);
        return new ThreeReads(engine, materialised, streamed, rows);
    }

    /// <summary>One relation read in full three ways, in milliseconds.</summary>
    private sealed record ThreeReads(double Engine, double Materialised, double Streamed, long Rows)
    {
        public double FasterClient => Math.Min(Materialised, Streamed);

        public NationalFigure Figure(string what, string reference, double referenceMilliseconds) => new(
            $"{what} ({Rows:N0} rows): engine alone / materialised read / streamed read", $"{Engine:N0} / {Materialised:N0} / {Streamed:N0} ms",
            reference, $"{referenceMilliseconds:N1} ms", $"{FasterClient / referenceMilliseconds:N0}x (faster client)");
    }

    /// <summary>Milliseconds for DuckDB to produce the query's full result with no client reading it.</summary>
    private static double Engine(DuckDBConnection connection, string sql)
    {
        var stopwatch = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN ANALYZE " + sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // The plan with its timings: one row, read so the statement completes.
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }
}
