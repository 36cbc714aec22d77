namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>The span the demo export covers and the financial-year arithmetic over it.</summary>
internal static class DemoPeriod
{
    /// <summary>Last day of the data (the export was taken at the end of this day): 31 March 2025.</summary>
    public static readonly DateOnly End = new(2025, 3, 31);

    /// <summary>Cases received on or after this day (the last six weeks) are still open.</summary>
    public static readonly DateOnly OpenFrom = new(2025, 2, 17);

    /// <summary>The starting calendar years of the three financial years.</summary>
    public static readonly IReadOnlyList<int> Years = [2022, 2023, 2024];

    public static int FinancialYearOf(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static string Label(int startYear) => $"{startYear}/{(startYear + 1) % 100:00}";
}
