using System.Globalization;

namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>English local government's financial year, 1 April to 31 March, written <c>2023/24</c>.</summary>
public static class FinancialYear
{
    /// <summary>The label of the financial year starting in April of <paramref name="startYear"/>.</summary>
    public static string Label(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}/{(startYear + 1) % 100:00}");

    /// <summary>The start year of the financial year containing <paramref name="date"/>.</summary>
    public static int StartYear(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    /// <summary>Parses <c>2023/24</c> into its start year; false if malformed.</summary>
    public static bool TryParse(string label, out int startYear)
    {
        startYear = 0;
        if (label.Length != 7 || label[4] != '/' ||
            !int.TryParse(label[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start) ||
            !int.TryParse(label[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var end) ||
            (start + 1) % 100 != end)
        {
            return false;
        }

        startYear = start;
        return true;
    }
}
