using ScottPlot;

namespace ComplaintsAnalytics.Reports.Charts;

/// <summary>
/// Colours that stay apart for readers with a colour vision deficiency and print in grey scale (the
/// GOV.UK palette's blues, orange and greys); the year being reported is always the darkest.
/// </summary>
internal static class ChartPalette
{
    public static readonly Color Council = Color.FromHex("#D4351C");
    public static readonly Color Neighbour = Color.FromHex("#1D70B8");
    public static readonly Color Reference = Color.FromHex("#0B0C0C");
    public static readonly Color Timescale = Color.FromHex("#D4351C");
    public static readonly Color Light = Color.FromHex("#B1D0EC");
    public static readonly Color Dark = Color.FromHex("#003078");
    public static readonly Color Text = Color.FromHex("#0B0C0C");
    public static readonly Color Grid = Color.FromHex("#E5E5E5");

    private static readonly Color[] YearShades =
    [
        Color.FromHex("#C9DDF0"),
        Color.FromHex("#7FAEDB"),
        Color.FromHex("#2E75B6"),
        Color.FromHex("#003078"),
    ];

    /// <summary>Outcomes from upheld (darkest) to withdrawn (grey).</summary>
    public static readonly IReadOnlyDictionary<string, Color> Outcomes = new Dictionary<string, Color>(StringComparer.Ordinal)
    {
        ["upheld"] = Color.FromHex("#003078"),
        ["partially_upheld"] = Color.FromHex("#2E75B6"),
        ["not_upheld"] = Color.FromHex("#F47738"),
        ["withdrawn"] = Color.FromHex("#B1B4B6"),
    };

    /// <summary>The shade of each of <paramref name="count"/> years, oldest first, ending with the darkest.</summary>
    public static IReadOnlyList<Color> Years(int count) => [.. YearShades.Skip(Math.Max(0, YearShades.Length - count))];
}
