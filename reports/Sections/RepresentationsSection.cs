using ComplaintsAnalytics.Reports.Charts;
using ComplaintsAnalytics.Reports.Document;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 1: representations received by type, over the years, with the total.</summary>
internal static class RepresentationsSection
{
    public static ReportSection Build(SectionContext context)
    {
        var rows = context.Marts.Representations();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "Every representation recorded in the year: complaints at each stage of the statutory (Children Act 1989) and " +
                "corporate procedures, complaints not accepted, compliments, enquiries and other contacts. The total counts new " +
                "(stage 1) complaints and every other kind of representation; later stages, complaints not accepted and the " +
                "Ombudsman's figures are not added to it."),
        };
        var reading = new[]
        {
            TrendSentence.For("Stage 1 statutory complaints", "complaint_statutory_stage1", rows, context),
            TrendSentence.For("Stage 1 corporate complaints", "complaint_corporate_stage1", rows, context),
            TrendSentence.For("Compliments", "compliment", rows, context),
            TrendSentence.For("Representations of all kinds", "representations_total", rows, context),
        }.OfType<string>().ToList();
        if (reading.Count > 0)
        {
            blocks.Add(new ParagraphBlock(string.Join(" ", reading)));
        }

        blocks.Add(TrendTable.Build(
            new TrendTableSpec("Table 1: Representations received by type", "mart.annual_representations", "Type of representation")
            {
                TotalKeys = new HashSet<string>(StringComparer.Ordinal) { "representations_total" },
                Notes = ["Ombudsman enquiries and complaints: the Ombudsman's figure for the council's education and children's services, where one is held."],
            },
            rows,
            context));
        if (RepresentationsChart.Draw(rows, context.Scope) is { } chart)
        {
            blocks.Add(chart);
        }

        return new ReportSection(1, "Representations received", blocks);
    }
}
