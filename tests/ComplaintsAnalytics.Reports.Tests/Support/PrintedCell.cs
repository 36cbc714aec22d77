using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>
/// Checks a printed cell against the figure in a view, by reading the number back out of the text (not
/// by formatting the view's figure the way the report does): a count, share, change, points or money
/// must equal the view's figure rounded to the places printed.
/// </summary>
public static partial class PrintedCell
{
    public const string FewerThanFive = "fewer than 5";
    public const string Withheld = "withheld";

    /// <summary>The cell shows <paramref name="expected"/>; "-" when it is null, and a protected cell a small or withheld count.</summary>
    public static void Matches(string cell, object? expected, string where)
    {
        var value = expected is null or DBNull ? (double?)null : Convert.ToDouble(expected, CultureInfo.InvariantCulture);
        switch (cell)
        {
            case "-":
                Assert.True(value is null, $"{where}: printed \"-\" but the view holds {value}");
                return;
            case FewerThanFive:
                Assert.True(value is >= 1 and <= 4, $"{where}: printed \"{cell}\" but the view holds {value}");
                return;
            case Withheld:
                Assert.True(value is >= 5, $"{where}: printed \"{cell}\" but the view holds {value}");
                return;
        }

        var match = Number().Match(cell);
        Assert.True(match.Success, $"{where}: \"{cell}\" has no number in it");
        Assert.True(value is not null, $"{where}: printed \"{cell}\" but the view holds nothing");
        var printed = double.Parse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        var places = match.Value.Contains('.', StringComparison.Ordinal) ? match.Value.Length - match.Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var rounded = Math.Round(value!.Value, places, MidpointRounding.AwayFromZero);
        Assert.True(Math.Abs(rounded - printed) < 1e-9 || (rounded == 0 && printed == 0), $"{where}: printed \"{cell}\", the view holds {value} ({rounded} to {places} places)");
    }

    /// <summary>A change column: the view's change, "new" from nothing, or "-" where there is none or it would give a small number away.</summary>
    public static void ChangeMatches(string cell, object? change, object? previous, object? current, bool protectedRow, string where)
    {
        if (cell == "-" && (protectedRow || change is null or DBNull))
        {
            return;
        }

        if (cell == "new")
        {
            Assert.True(change is null or DBNull, $"{where}: printed \"new\" but the view's change is {change}");
            Assert.Equal(0d, Convert.ToDouble(previous, CultureInfo.InvariantCulture));
            Assert.True(Convert.ToDouble(current, CultureInfo.InvariantCulture) > 0, $"{where}: \"new\" but nothing this year");
            return;
        }

        Matches(cell, change, where);
    }

    /// <summary>A direction column: the view's up, down or level.</summary>
    public static void DirectionMatches(string cell, object? direction, bool protectedRow, string where)
    {
        if (cell == "-")
        {
            Assert.True(protectedRow || direction is null or DBNull, $"{where}: printed \"-\" but the view says {direction}");
            return;
        }

        Assert.Equal(Convert.ToString(direction, CultureInfo.InvariantCulture), cell.Split(' ')[^1].ToLowerInvariant());
    }

    public static bool IsProtected(string cell) => cell is FewerThanFive or Withheld;

    [GeneratedRegex(@"[-+]?\d[\d,]*(\.\d+)?")]
    private static partial Regex Number();
}
