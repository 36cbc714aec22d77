using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 10: the Local Government and Social Care Ombudsman's figures for the council's children's services.</summary>
internal static class OmbudsmanSection
{
    public static ReportSection Build(SectionContext context, string authorityName)
    {
        var rows = context.Marts.Ombudsman();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "A complainant who remains dissatisfied at the end of either procedure may go to the Local Government and Social " +
                "Care Ombudsman. These are the Ombudsman's figures for the council's education and children's services."),
        };
        if (!rows.Any(r => r.Value is not null))
        {
            blocks.Add(new ParagraphBlock(
                $"No Ombudsman figures are held for {authorityName} for these years. Load the Ombudsman's annual review data " +
                "(import lgsco) or the council's published figures (import returns) and produce the report again."));
            return new ReportSection(10, "The Ombudsman", blocks);
        }

        var reading = new List<string?>
        {
            TrendSentence.For("Complaints and enquiries to the Ombudsman", "lgsco_received", rows, context),
        };
        var rate = rows.FirstOrDefault(r => r.Key == "lgsco_uphold_rate" && r.Year == context.Period);
        var investigated = rows.FirstOrDefault(r => r.Key == "lgsco_detailed_investigations" && r.Year == context.Period);
        var upheld = rows.FirstOrDefault(r => r.Key == "lgsco_upheld" && r.Year == context.Period);
        if (rate?.Value is not null && investigated?.Value is not null && upheld?.Value is not null)
        {
            reading.Add($"The Ombudsman upheld {Numbers.Count(upheld.Value)} of the {Numbers.Count(investigated.Value)} complaints " +
                $"it investigated in detail ({Numbers.Percent(rate.Value)}).");
        }

        if (reading.OfType<string>().Any())
        {
            blocks.Add(new ParagraphBlock(string.Join(" ", reading.OfType<string>())));
        }

        blocks.Add(TrendTable.Build(
            new TrendTableSpec("Table 10: The Ombudsman's figures", "mart.annual_ombudsman", "Measure")
            {
                Notes = [$"Source: {string.Join("; ", rows.Select(r => r.Source).OfType<string>().Distinct(StringComparer.Ordinal))}."],
            },
            rows,
            context));
        return new ReportSection(10, "The Ombudsman", blocks);
    }
}
