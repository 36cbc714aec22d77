using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 9: complaints not accepted, by the reason recorded.</summary>
internal static class RejectionsSection
{
    public static ReportSection Build(SectionContext context)
    {
        var rows = context.Marts.Rejections();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "Complaints the council did not accept into either procedure, with the reason recorded: for example the person " +
                "was not entitled to complain for the child, the matter was before a court, or it happened more than 12 months before."),
        };
        var now = rows.Where(r => r.Year == context.Period).ToList();
        var total = now.Sum(r => r.Value ?? 0);
        var before = context.PreviousYear is { } previous ? rows.Where(r => r.Year == previous).Sum(r => r.Value ?? 0) : (double?)null;
        if (total > 0)
        {
            var top = now.MaxBy(r => r.Value)!;
            blocks.Add(new ParagraphBlock(
                $"{Sentences.Capitalise(Sentences.Plural((long)total, "complaint was", "complaints were"))} not accepted in {context.Period}" +
                (before is { } b ? $" ({Numbers.Count(b)} in {context.PreviousYear})" : string.Empty) +
                $". The most common reason was \u201c{top.Label}\u201d ({Numbers.Count(top.Value)})."));
        }
        else
        {
            blocks.Add(new ParagraphBlock($"No complaints were recorded as not accepted in {context.Period}."));
        }

        if (rows.Count > 0)
        {
            blocks.Add(TrendTable.Build(
                new TrendTableSpec("Table 9: Complaints not accepted, by reason", "mart.annual_rejections", "Reason"),
                rows,
                context));
        }

        return new ReportSection(9, "Complaints not accepted", blocks);
    }
}
