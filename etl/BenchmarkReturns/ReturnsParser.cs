using System.Globalization;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Statistics;

namespace ComplaintsAnalytics.Etl.BenchmarkReturns;

/// <summary>
/// <c>import returns</c>: published figures in the benchmark-returns format
/// (<c>la_code, la_name, period, measure, value, source</c>; one row per authority, period and measure).
/// <c>c</c> is kept as a suppressed value; an empty value means "not published" and is left aside.
/// </summary>
public sealed class ReturnsParser : IStatisticsParser
{
    public static readonly IReadOnlyList<string> Columns = ["la_code", "la_name", "period", "measure", "value", "source"];

    public string Kind => "returns";

    public StatisticsFact Fact => StatisticsFact.PublishedMeasure;

    public ParsedStatistics Parse(string path, AuthorityDirectory authorities)
    {
        var fileName = Path.GetFileName(path);
        using var reader = TabularReaderFactory.Open(path);
        var index = reader.Headers.Select((h, i) => (h, i)).GroupBy(x => x.h.Trim().TrimStart('\uFEFF'), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        var missing = Columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FileRefusedException(
                $"{fileName}: not a benchmark return: column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} missing. " +
                $"A benchmark return has the columns {string.Join(", ", Columns)} (one row per authority, period and measure).");
        }

        string Text(string column) => Convert.ToString(reader.GetValue(index[column]), CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
        var parsed = new ParsedStatistics();
        while (reader.Read())
        {
            var row = reader.RowNumber;
            var laCode = Text("la_code");
            var periodText = Text("period");
            var measure = Text("measure");
            var valueText = Text("value");
            if (valueText.Length == 0)
            {
                parsed.RowsLeftAside++;
                continue;
            }

            parsed.RowsRead++;
            if (!FinancialPeriod.TryRead(periodText, out var period) || periodText.Length != 7)
            {
                parsed.Rejects.Add(new StatisticReject(row, "period", periodText, "not a financial year written YYYY/YY, e.g. 2023/24"));
                continue;
            }

            if (!MeasureCatalog.IsKnown(measure))
            {
                parsed.Rejects.Add(new StatisticReject(row, "measure", measure, "not a measure code of the benchmark-returns format"));
                continue;
            }

            if (!MarkedNumber.TryParse(valueText, out var number) || (number.Marker is { } marker && marker != "c"))
            {
                parsed.Rejects.Add(new StatisticReject(row, "value", valueText, "not a number or c (suppressed)"));
                continue;
            }

            if (number.Value is { } value && (value < 0 || (MeasureCatalog.IsPercentage(measure) ? value > 100 : value != decimal.Truncate(value))))
            {
                parsed.Rejects.Add(new StatisticReject(row, "value", valueText,
                    MeasureCatalog.IsPercentage(measure) ? "a percentage must be from 0 to 100" : "a count must be a whole number, 0 or more"));
                continue;
            }

            parsed.Rows.Add(new StatisticRow(row, StatisticRow.LocalAuthority, laCode, Text("la_name"), laCode, null, period, periodText,
                "Financial year", "all", measure, number.Value, number.Marker, Text("source"), StatisticRow.Published));
        }

        if (parsed.RowsLeftAside > 0)
        {
            parsed.LeftAsideNote = $"{parsed.RowsLeftAside:N0} row(s) with no value (not published) left aside";
        }

        return parsed;
    }
}
