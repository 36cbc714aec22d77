using System.Globalization;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Statistics;

namespace ComplaintsAnalytics.Etl.CinCensus;

/// <summary>
/// <c>import cin</c>: DfE's "Children in need" referrals table (c1) or the ONS child population estimates
/// in the same explore-education-statistics layout; England and regional rows are kept.
/// </summary>
public sealed class CinReferralsParser : IStatisticsParser
{
    /// <summary>The c1 measures, as DfE names them.</summary>
    public static readonly IReadOnlyList<string> ReferralMeasures =
    [
        "referral_count", "rereferral_count", "rereferral_percent", "no_further_action_count", "no_further_action_percent",
        "not_in_need_count", "not_in_need_percent", "referral_child_count", "rereferral_child_count", "rereferral_child_percent",
    ];

    public const string ReferralsSource = "DfE Children in need: referrals and re-referrals (c1)";
    public const string PopulationSource = "ONS mid-year population estimates (DfE table)";

    private static readonly string[] PopulationMeasures = ["population_estimate"];

    public string Kind => "cin";

    public StatisticsFact Fact => StatisticsFact.Referrals;

    public ParsedStatistics Parse(string path, AuthorityDirectory authorities)
    {
        using var table = EesTable.Open(path, "children in need referrals (c1) or population estimates");
        var isReferrals = table.Has("referral_count");
        if (!isReferrals && !table.Has("population_estimate"))
        {
            throw new FileRefusedException(
                $"{table.FileName}: not a children in need referrals table (c1) or a population estimates table: " +
                "neither 'referral_count' nor 'population_estimate' is a column.");
        }

        var parsed = new ParsedStatistics();
        long leftAside = 0;
        while (table.Read())
        {
            if (table.Area() is not { } area)
            {
                leftAside++;
                continue;
            }

            parsed.RowsRead++;
            var timePeriod = table.Text("time_period");
            if (!TryPeriod(timePeriod, isReferrals, out var period))
            {
                parsed.Rejects.Add(new StatisticReject(table.RowNumber, "time_period", timePeriod, "not a year such as 2024"));
                continue;
            }

            var category = isReferrals ? table.Text("category") : table.Text("age_group");
            MeasureReader.Take(table, parsed, area, period, category.Length == 0 ? "all" : category,
                isReferrals ? ReferralMeasures : PopulationMeasures, $"{(isReferrals ? ReferralsSource : PopulationSource)}: {table.FileName}");
        }

        if (leftAside > 0)
        {
            parsed.RowsLeftAside = leftAside;
            parsed.LeftAsideNote = $"{leftAside:N0} row(s) at other geographic levels left aside";
        }

        return parsed;
    }

    // c1: reporting year 2024 is the year ending 31 March 2024. Population: mid-2023 falls in 2023/24.
    private static bool TryPeriod(string timePeriod, bool isReferrals, out string period)
    {
        period = string.Empty;
        if (timePeriod.Length == 6 && int.TryParse(timePeriod, NumberStyles.None, CultureInfo.InvariantCulture, out var academic))
        {
            period = FinancialPeriod.StartingIn(academic / 100);
            return true;
        }

        if (timePeriod.Length != 4 || !int.TryParse(timePeriod, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        period = isReferrals ? FinancialPeriod.EndingIn(year) : FinancialPeriod.StartingIn(year);
        return true;
    }
}
