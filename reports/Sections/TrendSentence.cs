using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>The plain-English reading of one row of a table over the years.</summary>
internal static class TrendSentence
{
    /// <summary>The sentence for the row <paramref name="key"/>, or null when the row is not there or is empty.</summary>
    public static string? For(string subject, string key, IReadOnlyList<TrendRow> rows, SectionContext context, bool protect = false)
    {
        var now = rows.FirstOrDefault(r => r.Key == key && r.Year == context.Period);
        if (now?.Value is null)
        {
            return null;
        }

        var before = context.PreviousYear is { } previous ? rows.FirstOrDefault(r => r.Key == key && r.Year == previous) : null;
        if (now.Value == 0 && (before?.Value ?? 0) == 0)
        {
            return null;
        }

        var small = protect && context.Suppress && (SmallNumbers.IsSmall(now.Value) || SmallNumbers.IsSmall(before?.Value));
        Func<double?, string> print = protect && context.Suppress
            ? v => SmallNumbers.IsSmall(v) ? SmallNumbers.FewerThanFive : Numbers.Count(v)
            : v => Numbers.Count(v);
        return Sentences.CountChange(subject, context.Period, now.Value, before is null ? null : context.PreviousYear, before?.Value,
            now.ChangePct, now.Direction, print, showChange: !small);
    }
}
