using System.Globalization;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Statistics;

namespace ComplaintsAnalytics.Etl.Sen2;

/// <summary>
/// <c>import sen2</c>: a DfE "Education, health and care plans" local-authority table (plans in place,
/// new plans, 20-week timeliness or requests for assessment), England and regional rows included.
/// Only headline rows are loaded (<c>breakdown_topic</c> Total or a breakdown such as "All EHC plans");
/// breakdowns by age, need or setting are left aside.
/// </summary>
public sealed class Sen2Parser : IStatisticsParser
{
    public const string Source = "DfE Education, health and care plans (SEN2)";

    public string Kind => "sen2";

    public StatisticsFact Fact => StatisticsFact.Ehcp;

    public ParsedStatistics Parse(string path, AuthorityDirectory authorities)
    {
        using var table = EesTable.Open(path, "EHC plans (SEN2)");
        if (table.Has("Total_ehc") || table.Has("total_ehc"))
        {
            throw new FileRefusedException(
                $"{table.FileName}: an older aggregate SEN2 file (Total_ehc); load the tables of the person-level collection (2023 on), " +
                "which name their measures ehcplans, new_ehc_plans, plans_issued_within_20_weeks or requests_received_in_year.");
        }

        var kind = Sen2Table.All.FirstOrDefault(t => table.Has(t.KeyMeasure))
            ?? throw new FileRefusedException(
                $"{table.FileName}: not an EHC plans table: none of the measure columns {string.Join(", ", Sen2Table.All.Select(t => t.KeyMeasure))} was found.");
        var parsed = new ParsedStatistics();
        long breakdowns = 0, levels = 0;
        while (table.Read())
        {
            if (table.Area() is not { } area)
            {
                levels++;
                continue;
            }

            if (!IsHeadline(table.Text("breakdown_topic"), table.Text("breakdown")))
            {
                breakdowns++;
                continue;
            }

            parsed.RowsRead++;
            var timePeriod = table.Text("time_period");
            if (!TryPeriod(timePeriod, kind.IsJanuaryCount, out var period))
            {
                parsed.Rejects.Add(new StatisticReject(table.RowNumber, "time_period", timePeriod, "not a year (2023) or an academic year (202324)"));
                continue;
            }

            MeasureReader.Take(table, parsed, area, period, kind.Category, kind.Measures, $"{Source}: {kind.Description}: {table.FileName}");
        }

        parsed.RowsLeftAside = breakdowns + levels;
        if (parsed.RowsLeftAside > 0)
        {
            parsed.LeftAsideNote = $"{kind.Description}: {breakdowns:N0} breakdown row(s) and {levels:N0} row(s) at other geographic levels left aside";
        }

        return parsed;
    }

    /// <summary>A headline row: topic Total (or no breakdown columns), or a breakdown such as "Total" or "All EHC plans".</summary>
    public static bool IsHeadline(string topic, string breakdown) =>
        (topic.Length == 0 && breakdown.Length == 0)
        || topic.Equals("Total", StringComparison.OrdinalIgnoreCase)
        || topic.Equals("All", StringComparison.OrdinalIgnoreCase)
        || breakdown.Equals("Total", StringComparison.OrdinalIgnoreCase)
        || breakdown.StartsWith("All", StringComparison.OrdinalIgnoreCase);

    // A January count (January 2024, or academic year 202324) belongs to 2023/24; a calendar year 2023 to 2023/24.
    private static bool TryPeriod(string timePeriod, bool isJanuaryCount, out string period)
    {
        period = string.Empty;
        if (!int.TryParse(timePeriod, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        switch (timePeriod.Length)
        {
            case 6:
                period = FinancialPeriod.StartingIn(number / 100);
                return true;
            case 4:
                period = isJanuaryCount ? FinancialPeriod.EndingIn(number) : FinancialPeriod.StartingIn(number);
                return true;
            default:
                return false;
        }
    }
}
