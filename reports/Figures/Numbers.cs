using System.Globalization;

namespace ComplaintsAnalytics.Reports.Figures;

/// <summary>
/// How figures are printed, as councils print them: counts with thousands separators, shares and changes
/// as whole percentages (halves rounded away from zero), a change with its sign ("+57%", "-6%").
/// </summary>
public static class Numbers
{
    /// <summary>Printed where a figure is not held (no data for the year).</summary>
    public const string NotAvailable = "-";

    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static string Count(double? value) =>
        value is { } v ? Math.Round(v, MidpointRounding.AwayFromZero).ToString("N0", EnglishUk) : NotAvailable;

    public static string Count(long value) => value.ToString("N0", EnglishUk);

    /// <summary>A share: "57%".</summary>
    public static string Percent(double? value, int decimals = 0) =>
        value is { } v ? Round(v, decimals).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), EnglishUk) + "%" : NotAvailable;

    /// <summary>A figure to a number of decimal places: "16.02".</summary>
    public static string Fixed(double? value, int decimals) =>
        value is { } v ? Round(v, decimals).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), EnglishUk) : NotAvailable;

    /// <summary>A percentage change: "+57%", "-6%", "0%"; "new" from nothing, "-" when there is no earlier year.</summary>
    public static string Change(double? changePct, double? previous, double? current)
    {
        if (changePct is { } change)
        {
            var rounded = Round(change, 0);
            return rounded switch
            {
                > 0 => "+" + rounded.ToString("N0", EnglishUk) + "%",
                < 0 => rounded.ToString("N0", EnglishUk) + "%",
                _ => "0%",
            };
        }

        return previous == 0 && current > 0 ? "new" : NotAvailable;
    }

    /// <summary>A change in points: "+3.5 pts", "-2 pts".</summary>
    public static string Points(double? points, int decimals)
    {
        if (points is not { } p)
        {
            return NotAvailable;
        }

        var rounded = Round(p, decimals);
        var text = Math.Abs(rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), EnglishUk);
        return rounded switch
        {
            > 0 => "+" + text + " pts",
            < 0 => "-" + text + " pts",
            _ => "0 pts",
        };
    }

    /// <summary>Pounds, whole: "£2,450".</summary>
    public static string Money(decimal value) => "£" + Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", EnglishUk);

    /// <summary>The date a report was drafted: "15 April 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnglishUk);

    private static double Round(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);

        // -0.4% rounds to -0, which prints as "-0".
        return rounded == 0 ? 0 : rounded;
    }
}
