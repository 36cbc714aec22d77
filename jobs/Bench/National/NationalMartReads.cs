using System.Data.Common;
using System.Globalization;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// Every relation of schema <c>mart</c> read in full, three ways: the engine alone (<c>EXPLAIN ANALYZE</c> runs the
/// query to its last row and column and discards them, so no client cost), a typed client (each value read with the
/// getter of its column's type, as a report or a BI driver reads), and <c>GetValue</c> on every cell (boxing each
/// one, the earlier measure). A view counts as under a second when the faster of the two clients has its whole
/// answer in under a second.
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
            var sql = $"SELECT * FROM mart.{mart}";
            var engine = Engine(connection, sql);
            var (typed, rows) = ReadTyped(connection, sql);
            var (boxed, _) = NationalReferences.ReadQuery(connection, sql);
            // A consumer is whichever client reads faster: in DuckDB.NET 1.5.6.1 GetValue often beats the typed getters.
            var client = Math.Min(typed, boxed);
            slowest = slowest.With(mart, engine, client);
            figures.Add(new NationalFigure($"mart.{mart} in full ({rows:N0} rows): engine alone / typed read / GetValue read", $"{engine:N0} / {typed:N0} / {boxed:N0} ms",
                reference, $"{referenceMilliseconds:N1} ms", $"{client / referenceMilliseconds:N0}x (faster client)"));
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
        const string Sql = "SELECT * FROM dw.fact_complaint_stage";
        var engine = Engine(connection, Sql);
        var (typed, rows) = ReadTyped(connection, Sql);
        var (boxed, _) = NationalReferences.ReadQuery(connection, Sql);
        return new NationalFigure($"(reference) dw.fact_complaint_stage read in full, every column ({rows:N0} rows): engine alone / typed read / GetValue read",
            $"{engine:N0} / {typed:N0} / {boxed:N0} ms", reference, $"{referenceMilliseconds:N1} ms", $"{typed / referenceMilliseconds:N0}x (typed read)");
    }

    /// <summary>Milliseconds for DuckDB to produce the query's full result with no client reading it.</summary>
    public static double Engine(DuckDBConnection connection, string sql)
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

    /// <summary>Milliseconds and rows to read every value through the getter of its column's type.</summary>
    public static (double Milliseconds, long Rows) ReadTyped(DbConnection connection, string sql)
    {
        var stopwatch = Stopwatch.StartNew();
        long rows = 0;
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var readers = Enumerable.Range(0, reader.FieldCount).Select(i => Getter(reader.GetFieldType(i))).ToArray();
        while (reader.Read())
        {
            for (var i = 0; i < readers.Length; i++)
            {
                if (!reader.IsDBNull(i))
                {
                    readers[i](reader, i);
                }
            }

            rows++;
        }

        return (stopwatch.Elapsed.TotalMilliseconds, rows);
    }

    private static Action<DbDataReader, int> Getter(Type type) => type switch
    {
        _ when type == typeof(string) => static (r, i) => r.GetString(i),
        _ when type == typeof(long) => static (r, i) => r.GetInt64(i),
        _ when type == typeof(int) => static (r, i) => r.GetInt32(i),
        _ when type == typeof(short) => static (r, i) => r.GetInt16(i),
        _ when type == typeof(bool) => static (r, i) => r.GetBoolean(i),
        _ when type == typeof(double) => static (r, i) => r.GetDouble(i),
        _ when type == typeof(float) => static (r, i) => r.GetFloat(i),
        _ when type == typeof(decimal) => static (r, i) => r.GetDecimal(i),
        _ when type == typeof(DateTime) => static (r, i) => r.GetDateTime(i),
        _ when type == typeof(DateOnly) => static (r, i) => r.GetFieldValue<DateOnly>(i),
        _ => static (r, i) => r.GetValue(i),
    };
}
