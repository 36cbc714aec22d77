using ComplaintsAnalytics.Reports.Charts;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 12: complaints against the work behind them (referrals, EHC plans), and against statistical neighbours.</summary>
internal static class ContextSection
{
    public static ReportSection Build(SectionContext context, string authorityName)
    {
        var rows = context.Marts.Context();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "Complaints read best against the work behind them: new social care complaints as a share of referrals to " +
                "children's social care in the year (from the Children in Need census), and new SEND complaints against the " +
                "education, health and care plans issued."),
        };
        var reading = new List<string>();
        var share = rows.FirstOrDefault(r => r.Key == "social_care_complaints_pct_of_referrals" && r.Year == context.Period);
        var referrals = rows.FirstOrDefault(r => r.Key == "cin_referrals" && r.Year == context.Period);
        if (share?.Value is not null && referrals?.Value is not null)
        {
            var before = context.PreviousYear is { } p ? rows.FirstOrDefault(r => r.Key == share.Key && r.Year == p) : null;
            reading.Add($"New social care complaints were {Numbers.Percent(share.Value, 2)} of the {Numbers.Count(referrals.Value)} referrals " +
                $"to children's social care in {context.Period}" +
                (before?.Value is { } b ? $" ({Numbers.Percent(b, 2)} in {context.PreviousYear})." : "."));
        }

        var send = rows.FirstOrDefault(r => r.Key == "send_complaints_per_100_ehc_plans" && r.Year == context.Period);
        if (send?.Value is not null)
        {
            reading.Add($"There were {Numbers.Fixed(send.Value, 2)} new SEND complaints for every 100 EHC plans issued.");
        }

        if (reading.Count > 0)
        {
            blocks.Add(new ParagraphBlock(string.Join(" ", reading)));
        }
        else
        {
            blocks.Add(new ParagraphBlock(
                $"No referral or EHC plan figures are held for {authorityName}: load the DfE tables or the council's own returns " +
                "(import cin, import cin-census, import sen2) to complete this table."));
        }

        blocks.Add(TrendTable.Build(
            new TrendTableSpec("Table 12: Complaints in context", "mart.annual_context", "Measure")
            {
                Notes = ["Referrals and EHC plans: the DfE's published figures, or the council's own return where DfE has not yet published."],
            },
            rows,
            context));
        var rates = context.Marts.NeighbourRates();
        var chart = NeighboursChart.Draw(rates, context.Scope, authorityName);
        if (chart is not null)
        {
            var published = rates.Count(r => r.Year == context.Period && r.Role == "neighbour" && r.Value is not null && !r.Suppressed);
            var neighbours = rates.Count(r => r.Year == context.Period && r.Role == "neighbour");
            blocks.Add(new ParagraphBlock(published > 0
                ? $"Chart 5 sets the council's stage 1 social care complaints per 1,000 referrals beside those of the {published} of its " +
                  $"{neighbours} statistical neighbours that have published a figure for {context.Period}."
                : $"None of the council's {neighbours} statistical neighbours has published a complaints figure for {context.Period} yet, " +
                  "so Chart 5 shows the council's own stage 1 social care complaints per 1,000 referrals over the years."));
            blocks.Add(chart);
        }

        return new ReportSection(12, "Complaints in context", blocks);
    }
}
