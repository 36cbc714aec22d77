using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsAnalytics.Etl.Warehouse;

namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>
/// Publishers' periods turned into the financial year they are compared in. DfE "Reporting year" 2024
/// is the year ending 31 March 2024 (2023/24). A calendar year 2023 (SEN2 new plans, requests, 20-week
/// timeliness) goes to 2023/24, the financial year holding nine of its months; a January count (plans
/// in place, January 2024 or academic year 202324) goes to 2023/24, the year that January falls in; an
/// ONS mid-year estimate for 2023 (30 June 2023) goes to 2023/24.
/// </summary>
public static partial class FinancialPeriod
{
    /// <summary>The financial year ending in March of <paramref name="year"/>.</summary>
    public static string EndingIn(int year) => FinancialYear.Label(year - 1);

    /// <summary>The financial year starting in April of <paramref name="year"/>.</summary>
    public static string StartingIn(int year) => FinancialYear.Label(year);

    /// <summary>The first day of a financial year label.</summary>
    public static DateOnly Start(string period) =>
        FinancialYear.TryParse(period, out var start) ? new DateOnly(start, 4, 1) : throw new ArgumentException($"'{period}' is not a financial year like 2023/24.", nameof(period));

    /// <summary>
    /// Reads <c>2023/24</c>, <c>2023-24</c>, <c>2023-2024</c> or <c>2023/2024</c> as a financial year label.
    /// </summary>
    public static bool TryRead(string? text, out string period)
    {
        period = string.Empty;
        var match = YearPair().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = match.Groups[2].Value;
        var endYear = end.Length == 2 ? start / 100 * 100 + int.Parse(end, CultureInfo.InvariantCulture) : int.Parse(end, CultureInfo.InvariantCulture);
        if (end.Length == 2 && endYear < start)
        {
            endYear += 100;
        }

        if (endYear != start + 1)
        {
            return false;
        }

        period = FinancialYear.Label(start);
        return true;
    }

    [GeneratedRegex(@"\b(20\d\d)\s*[/\-–]\s*(20\d\d|\d\d)\b")]
    private static partial Regex YearPair();
}
