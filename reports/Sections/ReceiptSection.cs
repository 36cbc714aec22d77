using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 8: how new complaints were made.</summary>
internal static class ReceiptSection
{
    public static ReportSection Build(SectionContext context)
    {
        var rows = context.Marts.ReceiptMethods();
        var blocks = new List<ReportBlock> { new ParagraphBlock("How new (stage 1) complaints reached the council.") };
        var now = rows.Where(r => r.Year == context.Period && r.Value > 0).ToList();
        var total = now.Sum(r => r.Value ?? 0);
        var ranked = now.Where(r => r.Key != "not_recorded").OrderByDescending(r => r.Value).Take(2).ToList();
        if (total > 0 && ranked.Count == 0)
        {
            blocks.Add(new ParagraphBlock($"How new complaints reached the council is not recorded for {context.Period}."));
        }
        else if (total > 0)
        {
            blocks.Add(new ParagraphBlock(
                $"Most new complaints in {context.Period} came by {ranked[0].Label.ToLowerInvariant()} ({Numbers.Percent(100.0 * ranked[0].Value / total)})" +
                (ranked.Count > 1 ? $", then by {ranked[1].Label.ToLowerInvariant()} ({Numbers.Percent(100.0 * ranked[1].Value / total)})." : ".")));
        }

        blocks.Add(TrendTable.Build(
            new TrendTableSpec("Table 8: New complaints by method of receipt", "mart.annual_receipt_methods", "Method"),
            rows,
            context));
        return new ReportSection(8, "How complaints were made", blocks);
    }
}
