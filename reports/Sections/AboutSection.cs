using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>How the figures were counted and where they come from, for the reader who checks.</summary>
internal static class AboutSection
{
    public static ReportSection Build(SectionContext context, DateOnly drafted, IEnumerable<string> views) => new(0, "About this report",
    [
        new BulletsBlock(
        [
            $"Figures are counted by the financial year (1 April to 31 March) in which each complaint stage or representation was " +
            $"received. Complaints received towards the end of {context.Period} may still have been open when the data was taken; " +
            "they are counted as received but have no outcome or response time yet.",
            "Percentage changes compare each year with the one before it, rounded to the nearest whole per cent. The direction of " +
            "travel is up or down, or level where the figure did not change or the change rounds to nothing.",
            context.Suppress
                ? "In the tables by team and by complainant type, numbers from 1 to 4 are shown as \u201cfewer than 5\u201d so that no child can be identified."
                : "INTERNAL DRAFT: numbers from 1 to 4 are shown in every table. This version must not be published.",
            $"Every table is drawn from a view in the complaints warehouse, so this report, Power BI and the data team's own queries " +
            $"give the same numbers: {Sentences.List([.. views.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)])}.",
            $"Drafted from the complaints warehouse on {Numbers.Date(drafted)}. Free text has had names, contact details, dates " +
            "and addresses removed before it reached the warehouse.",
        ]),
    ]);
}
