namespace ComplaintsAnalytics.Reports.Figures;

/// <summary>
/// Small-number disclosure control for tables a reader could use to identify a child (by team, by
/// complainant type): counts from 1 to 4 print as "fewer than 5" (0 is not disclosive and prints as 0).
/// Every such table partitions a total printed elsewhere in the report, so when a column has exactly
/// one small count the next smallest count in it is withheld too; otherwise the total less the others
/// would give the small one away. Percentage changes involving a protected count are not printed.
/// </summary>
public static class SmallNumbers
{
    public const string FewerThanFive = "fewer than 5";
    public const string Withheld = "withheld";

    public static bool IsSmall(double? value) => value is >= 1 and < 5;

    /// <summary>The protection of each count in one column (a year) of a table.</summary>
    public static IReadOnlyList<Protection> ProtectColumn(IReadOnlyList<double?> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var result = column.Select(v => IsSmall(v) ? Protection.Small : Protection.Shown).ToArray();
        if (result.Count(p => p == Protection.Small) == 1)
        {
            var partner = column
                .Select((value, index) => (Value: value, Index: index))
                .Where(c => result[c.Index] == Protection.Shown && c.Value > 0)
                .OrderBy(c => c.Value)
                .ThenBy(c => c.Index)
                .Select(c => (int?)c.Index)
                .FirstOrDefault();
            if (partner is { } index)
            {
                result[index] = Protection.Withheld;
            }
        }

        return result;
    }

    /// <summary>A count as printed under its protection.</summary>
    public static string Print(double? value, Protection protection) => protection switch
    {
        Protection.Small => FewerThanFive,
        Protection.Withheld => Withheld,
        _ => Numbers.Count(value),
    };
}
