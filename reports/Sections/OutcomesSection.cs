using ComplaintsAnalytics.Reports.Charts;
using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 4: outcomes per stage, this year against last, and compensation paid.</summary>
internal static class OutcomesSection
{
    private static readonly string[] Procedures = ["statutory", "corporate"];

    public static ReportSection Build(SectionContext context)
    {
        var outcomes = context.Marts.Outcomes();
        var years = context.PreviousYear is { } previous ? new[] { previous, context.Period } : [context.Period];
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "The outcome of each stage received in the year. Shares are of the stage's closed complaints (upheld, partially " +
                "upheld, not upheld or withdrawn); complaints still open when the data was taken are counted but have no share. " +
                "The direction compares this year's share with last year's."),
        };
        var reading = Procedures
            .Select(p => Reading(outcomes.Where(o => o.Procedure == p && o.Stage == 1 && o.Year == context.Period).ToList(), p, context))
            .OfType<string>()
            .ToList();
        if (reading.Count > 0)
        {
            blocks.Add(new ParagraphBlock(string.Join(" ", reading)));
        }

        blocks.Add(OutcomeTable(outcomes, years));
        if (OutcomesChart.Draw(outcomes, context.Scope) is { } chart)
        {
            blocks.Add(chart);
        }

        blocks.AddRange(Compensation(context, years));
        return new ReportSection(4, "Outcomes", blocks);
    }

    private static string? Reading(List<OutcomeRow> stage, string procedure, SectionContext context)
    {
        var closed = stage.FirstOrDefault(o => o.Closed > 0)?.Closed;
        if (closed is null)
        {
            return null;
        }

        var parts = stage.Where(o => o.Outcome != "open" && o.Complaints > 0)
            .Select((o, i) => $"{Numbers.Percent(o.SharePct)} {(i == 0 ? (o.Complaints == 1 && closed == 1 ? "was " : "were ") : string.Empty)}{o.OutcomeName.ToLowerInvariant()}")
            .ToList();
        return $"Of the {Sentences.Plural(closed.Value, $"{procedure} stage 1 complaint", $"{procedure} stage 1 complaints")} " +
            $"received in {context.Period} and closed, {Sentences.List(parts)}.";
    }

    private static TableBlock OutcomeTable(IReadOnlyList<OutcomeRow> outcomes, string[] years)
    {
        var columns = new List<TableColumn> { new("Outcome", 30, false) };
        foreach (var year in years)
        {
            columns.Add(new TableColumn(year, 12, true));
            columns.Add(new TableColumn($"Share {year}", 12, true));
        }

        columns.Add(new TableColumn("Direction", 12, false));
        var rows = new List<TableRow>();
        var stages = outcomes
            .Where(o => years.Contains(o.Year))
            .GroupBy(o => o.StageLabel)
            .Where(g => g.Any(o => o.Complaints > 0))
            .OrderBy(g => g.First().Procedure == "statutory" ? 0 : 1).ThenBy(g => g.First().Stage);
        foreach (var stage in stages)
        {
            rows.Add(new TableRow([stage.Key, .. Enumerable.Repeat(string.Empty, columns.Count - 1)], IsTotal: true));
            foreach (var outcome in stage.GroupBy(o => o.Outcome).OrderBy(g => g.First().SortOrder))
            {
                if (outcome.Key == "open" && outcome.All(o => o.Complaints == 0))
                {
                    continue;
                }

                var cells = new List<string> { outcome.First().OutcomeName };
                foreach (var year in years)
                {
                    var row = outcome.FirstOrDefault(o => o.Year == year);
                    cells.Add(row is null ? Numbers.NotAvailable : Numbers.Count(row.Complaints));
                    cells.Add(Numbers.Percent(row?.SharePct));
                }

                cells.Add(Direction.Label(outcome.FirstOrDefault(o => o.Year == years[^1])?.Direction));
                rows.Add(new TableRow(cells));
            }
        }

        return new TableBlock("Table 4: Outcomes by stage", "mart.annual_outcomes", columns, rows,
            ["Share: of the stage's closed complaints in the year (upheld, partially upheld, not upheld or withdrawn)."]);
    }

    private static IEnumerable<ReportBlock> Compensation(SectionContext context, string[] years)
    {
        var stages = context.Marts.Stages().Where(s => years.Contains(s.Year)).ToList();
        var paid = stages.Where(s => s.Year == context.Period).ToList();
        if (!stages.Any(s => s.Compensated > 0))
        {
            yield break;
        }

        yield return new ParagraphBlock(
            $"Compensation of {Numbers.Money(paid.Sum(s => s.CompensationPaid))} was paid on " +
            $"{Sentences.Plural(paid.Sum(s => s.Compensated), "complaint", "complaints")} received in {context.Period}.");
        var columns = new List<TableColumn> { new("Stage", 28, false) };
        foreach (var year in years)
        {
            columns.Add(new TableColumn($"Complaints {year}", 18, true));
            columns.Add(new TableColumn($"Paid {year}", 18, true));
        }

        var rows = stages.GroupBy(s => s.StageLabel).OrderBy(g => g.First().SortOrder)
            .Select(g => new TableRow([
                g.Key,
                .. years.SelectMany(y => g.FirstOrDefault(s => s.Year == y) is { } s
                    ? new[] { Numbers.Count(s.Compensated), Numbers.Money(s.CompensationPaid) }
                    : [Numbers.NotAvailable, Numbers.NotAvailable]),
            ]))
            .ToList();
        yield return new TableBlock("Table 4a: Compensation paid by stage", "mart.annual_complaints_by_stage", columns, rows, []);
    }
}
