using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>The year at a glance: the sentences a committee reads first, drawn from the same views as the tables.</summary>
internal static class SummarySection
{
    public static ReportSection Build(SectionContext context)
    {
        var representations = context.Marts.Representations();
        var points = new List<string?>
        {
            TrendSentence.For("Representations of all kinds", "representations_total", representations, context),
            TrendSentence.For("Stage 1 statutory complaints", "complaint_statutory_stage1", representations, context),
            TrendSentence.For("Stage 1 corporate complaints", "complaint_corporate_stage1", representations, context),
            TrendSentence.For("Compliments", "compliment", representations, context),
        };

        var all = context.Marts.Timeliness().FirstOrDefault(t => t.Procedure == "all" && t.Year == context.Period);
        if (all is { Responses: > 0 })
        {
            points.Add(Sentences.ShareChange("of complaints were answered within timescale", all.WithinPct,
                all.PreviousWithinPct is null ? null : context.PreviousYear, all.PreviousWithinPct, all.Direction));
        }

        var statutory = context.Marts.Outcomes().Where(o => o.Year == context.Period && o.Procedure == "statutory" && o.Stage == 1).ToList();
        if (statutory.FirstOrDefault()?.Closed is > 0)
        {
            var upheld = statutory.Where(o => o.Outcome is "upheld" or "partially_upheld").Sum(o => o.SharePct ?? 0);
            points.Add($"{Numbers.Percent(upheld)} of closed statutory stage 1 complaints were upheld or partially upheld.");
        }

        var theme = context.Marts.Themes().Where(t => t.Year == context.Period && t.ThemeCode != "all" && t.Raised > 0).MaxBy(t => t.Raised);
        if (theme is not null)
        {
            points.Add($"The most common theme of new complaints was {theme.ThemeName.ToLowerInvariant()} ({Numbers.Count(theme.Raised)} issues).");
        }

        return new ReportSection(0, "Summary", [new BulletsBlock([.. points.OfType<string>()])]);
    }
}
