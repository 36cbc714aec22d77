using System.Data;
using System.Data.Common;
using System.Globalization;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Warehouse;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>Writes a query's rows to stdout as a Spectre table or as CSV.</summary>
internal static class QueryOutput
{
    public static int Write(IDataReader reader, string format, string? title = null)
    {
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return WriteCsv(reader, Console.Out);
        }

        var table = new Table();
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }

        for (var i = 0; i < reader.FieldCount; i++)
        {
            table.AddColumn(Markup.Escape(reader.GetName(i)));
        }

        var rows = 0;
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Markup.Escape(Format(reader.GetValue(i)));
            }

            table.AddRow(cells);
            rows++;
        }

        AnsiConsole.Write(table);
        VerbRunner.Errors.WriteLine($"{rows:N0} row(s)");
        return rows;
    }

    /// <summary>Writes the rows as CSV to <paramref name="output"/> as they arrive; a failure part-way says the CSV is incomplete.</summary>
    internal static int WriteCsv(IDataReader reader, TextWriter output)
    {
        output.WriteLine(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => Quote(reader.GetName(i)))));
        var rows = 0;
        try
        {
            while (reader.Read())
            {
                output.WriteLine(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => Quote(Format(reader.GetValue(i))))));
                rows++;
            }
        }
        catch (Exception ex) when (rows > 0 && ex is DbException or OperationCanceledException)
        {
            // Rows stream out as the query produces them, so an error can come after some are written.
            throw new UserInputException($"The query failed after {rows:N0} row(s) were written, so the CSV is incomplete: {Explain(ex)}", ex);
        }

        return rows;
    }

    /// <summary>
    /// What went wrong with a query, for the person who ran it. DuckDB's message, and for running out of memory why
    /// the warehouse is capped and what gets a large export through: DuckDB's own advice (raise the limit) would undo
    /// the cap that keeps nightly loads to their memory bar. A streamed query whose worker thread fails can reach the
    /// reader as an interruption with no message (DuckDB.NET's OperationCanceledException), so that says what to do.
    /// </summary>
    public static string Explain(Exception ex) => ex switch
    {
        OperationCanceledException =>
            "DuckDB stopped the query when one of its threads failed, without saying why. Run it again with " +
            "\"SET threads = 1;\" in front of it to see the error.",
        _ when ex.Message.Contains("Out of Memory Error", StringComparison.Ordinal) =>
            $"{ex.Message}{Environment.NewLine}The warehouse caps DuckDB at {DuckDbWarehouse.MemoryLimitMegabytes} MB so that nightly loads keep to their " +
            "memory bar. A whole row-level mart exported to Parquet fits with one thread and smaller row groups, e.g. " +
            "\"SET threads = 1; COPY (SELECT * FROM mart.complaint_theme) TO 'themes.parquet' (ROW_GROUP_SIZE 30000)\"; " +
            "or use --format csv, which streams.",
        _ => ex.Message,
    };

    private static string Format(object? value) => value switch
    {
        null or DBNull => string.Empty,
        DateTime dt when dt.TimeOfDay == TimeSpan.Zero => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string text)
    {
        text = SpreadsheetText.Neutralise(text);
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
