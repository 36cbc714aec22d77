using System.Data.Common;
using System.Diagnostics;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>The physical references: reading the files alone, DuckDB's appender alone, a plain scan, a mart read in full.</summary>
internal static class NationalReferences
{
    private const int SampleRows = 1_000;

    /// <summary>
    /// Seconds and rows to read every cell of every file, through ExcelDataReader (the reference) or, with
    /// <paramref name="importsReader"/>, through the reader imports use (<c>XlsxSheetReader</c> for xlsx).
    /// </summary>
    public static (double Seconds, long Rows) ReadAlone(IEnumerable<NationalFile> files, bool importsReader = false)
    {
        var stopwatch = Stopwatch.StartNew();
        long rows = 0;
        foreach (var file in files)
        {
            using var reader = importsReader ? TabularReaderFactory.Open(file.Path) : TabularReaderFactory.OpenWithExcelDataReader(file.Path);
            while (reader.Read())
            {
                for (var i = 0; i < reader.Headers.Count; i++)
                {
                    _ = reader.GetValue(i);
                }

                rows++;
            }
        }

        return (stopwatch.Elapsed.TotalSeconds, rows);
    }

    /// <summary>
    /// Seconds for DuckDB's appender alone to insert <paramref name="rows"/> rows of the canonical columns into a plain
    /// table with no keys: the floor for writing. The values cycle through a small sample of generated rows so that
    /// generating them costs next to nothing.
    /// </summary>
    public static double AppendAlone(DuckDBConnection connection, IEnumerable<object?[]> source, long rows)
    {
        var sample = source.Take(SampleRows).ToArray();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE OR REPLACE TABLE plain_case_row (case_reference VARCHAR, record_type VARCHAR, procedure VARCHAR, stage INTEGER, " +
                "received_date DATE, extended_due_date DATE, responded_date DATE, service_area VARCHAR, team VARCHAR, complainant_type VARCHAR, advocate VARCHAR, " +
                "receipt_method VARCHAR, category VARCHAR, summary VARCHAR, outcome VARCHAR, escalated VARCHAR, compensation DOUBLE, la_code VARCHAR)";
            create.ExecuteNonQuery();
        }

        var stopwatch = Stopwatch.StartNew();
        using (var appender = connection.CreateAppender("plain_case_row"))
        {
            for (long i = 0; i < rows; i++)
            {
                var row = sample[i % sample.Length];
                IDuckDBAppenderRow target = appender.CreateRow();
                for (var c = 0; c < row.Length; c++)
                {
                    target = row[c] switch
                    {
                        null => target.AppendNullValue(),
                        DateTime d => target.AppendValue(d),
                        double n when c == CanonicalColumn.Stage => target.AppendValue((int)n),
                        double n => target.AppendValue(n),
                        var v => target.AppendValue((string)v),
                    };
                }

                target.EndRow();
            }
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Milliseconds and rows to read a query's every value to the end. Streamed, DuckDB hands over each chunk as it is
    /// produced; otherwise (ADO.NET's default there) it produces the whole result before the first row.
    /// </summary>
    public static (double Milliseconds, long Rows) ReadQuery(DbConnection connection, string sql, bool streamed = false)
    {
        var stopwatch = Stopwatch.StartNew();
        long rows = 0;
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (command is DuckDBCommand duckdb)
        {
            duckdb.UseStreamingMode = streamed;
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }

            rows++;
        }

        return (stopwatch.Elapsed.TotalMilliseconds, rows);
    }
}
