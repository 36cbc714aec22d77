using System.Globalization;
using System.Text.Json;
using ComplaintsAnalytics.Etl.Benchmark;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli.Benchmark;

/// <summary>
/// Writes benchmark rows as a table, CSV (the mart's columns) or JSON, applying small-number suppression:
/// a rate built on a count from 1 to 4 is written <c>c</c>, with its small counts, and its rank, limits
/// and trend left blank. Unsuppressed output says so on every row that would have been suppressed.
/// </summary>
internal static class BenchmarkOutput
{
    public const string UnsuppressedNotice = "UNSUPPRESSED: counts from 1 to 4 are shown; internal use only, do not publish.";

    public static void Write(IReadOnlyList<BenchmarkRate> rows, BenchmarkRequest request)
    {
        var cells = rows.Select(r => BenchmarkCells.For(r, request.Unsuppressed)).ToList();
        switch (request.Format)
        {
            case "csv":
                Console.Out.WriteLine(string.Join(',', BenchmarkQuery.Columns));
                foreach (var row in cells)
                {
                    Console.Out.WriteLine(string.Join(',', row.Select(Csv.Quote)));
                }

                break;
            case "json":
                WriteJson(cells, request);
                break;
            default:
                WriteTable(cells, request);
                break;
        }
    }

    private static void WriteTable(List<string?[]> rows, BenchmarkRequest request)
    {
        var table = new Table().Title(Markup.Escape($"Benchmark {request.Period ?? "(every year)"}"))
            .AddColumns("authority", "period", "rate", "value", "numerator", "denominator", "neighbours", "region", "England", "rank", "95% limits", "99.8% limits", "trend", "flag");
        foreach (var c in rows)
        {
            table.AddRow(
                Markup.Escape($"{c[1]} ({c[0]})"), Markup.Escape(c[3] ?? string.Empty), Markup.Escape(c[4] ?? string.Empty),
                Markup.Escape(c[5] ?? string.Empty), Markup.Escape(c[6] ?? string.Empty), Markup.Escape(c[7] ?? string.Empty),
                Markup.Escape(c[10] ?? string.Empty), Markup.Escape(c[11] ?? string.Empty), Markup.Escape(c[12] ?? string.Empty),
                Markup.Escape(c[13] ?? string.Empty), Markup.Escape(Range(c[14], c[15])), Markup.Escape(Range(c[16], c[17])),
                Markup.Escape(c[18] ?? string.Empty), Markup.Escape(c[9] ?? string.Empty));
        }

        if (request.Unsuppressed)
        {
            table.Caption(Markup.Escape(UnsuppressedNotice));
        }

        AnsiConsole.Write(table);
    }

    private static void WriteJson(List<string?[]> rows, BenchmarkRequest request)
    {
        using var stream = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("period", request.Period);
        json.WriteBoolean("unsuppressed", request.Unsuppressed);
        if (request.Unsuppressed)
        {
            json.WriteString("notice", UnsuppressedNotice);
        }

        json.WriteStartArray("rows");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                var name = BenchmarkQuery.Columns[i];
                var text = row[i];
                if (text is null)
                {
                    json.WriteNull(name);
                }
                else if (name == "suppressed")
                {
                    json.WriteBoolean(name, text == "true");
                }
                else if (i >= 5 && name is not ("flag" or "trend") && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    json.WriteNumber(name, number);
                }
                else
                {
                    json.WriteString(name, text);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Range(string? low, string? high) => low is null && high is null ? string.Empty : $"{low} - {high}";
}
