namespace ComplaintsAnalytics.Reports.Figures;

/// <summary>
/// Plain-English readings of the figures, the way a complaints manager writes them
/// ("Stage 1 statutory complaints fell from 142 to 134 (-6%).").
/// </summary>
public static class Sentences
{
    /// <summary>
    /// How a count moved from last year to this. <paramref name="print"/> prints a count (it may protect
    /// small numbers); <paramref name="showChange"/> is false where the percentage would give one away.
    /// </summary>
    public static string CountChange(
        string subject, string year, double? current, string? previousYear, double? previous, double? changePct, string? direction,
        Func<double?, string>? print = null, bool showChange = true)
    {
        print ??= v => Numbers.Count(v);
        var now = print(current);
        if (previousYear is null || previous is null)
        {
            return $"{subject}: {now} in {year}.";
        }

        var before = print(previous);
        var change = showChange && changePct is not null ? $" ({Numbers.Change(changePct, previous, current)})" : string.Empty;
        return direction switch
        {
            _ when current == previous => $"{subject} stayed at {now}, as in {previousYear}.",
            "level" => $"{subject}: {now}, little changed from {before} in {previousYear}.",
            _ when previous == 0 => $"{subject} rose from none in {previousYear} to {now}.",
            "up" => $"{subject} rose from {before} to {now}{change}.",
            _ => $"{subject} fell from {before} to {now}{change}.",
        };
    }

    /// <summary>How a share moved: "59% of ... were answered within timescale, up from 57% in 2022/23."</summary>
    public static string ShareChange(string sharePhrase, double? current, string? previousYear, double? previous, string? direction)
    {
        var now = Numbers.Percent(current);
        if (previousYear is null || previous is null)
        {
            return $"{Capitalise(now)} {sharePhrase}.";
        }

        var before = Numbers.Percent(previous);
        return direction switch
        {
            "up" => $"{now} {sharePhrase}, up from {before} in {previousYear}.",
            "down" => $"{now} {sharePhrase}, down from {before} in {previousYear}.",
            _ => $"{now} {sharePhrase}, about the same as in {previousYear} ({before}).",
        };
    }

    /// <summary>"1 complaint", "2 complaints".</summary>
    public static string Plural(long count, string singular, string plural) =>
        $"{Numbers.Count(count)} {(count == 1 ? singular : plural)}";

    /// <summary>The first letter in upper case.</summary>
    public static string Capitalise(string text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
