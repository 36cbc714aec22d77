using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 2: complaints by procedure and stage over the years, and how many were escalated to the next stage.</summary>
internal static class StagesSection
{
    public static ReportSection Build(SectionContext context)
    {
        var volumes = context.Marts.StageVolumes();
        var stages = context.Marts.Stages();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "Complaints about children's social care from children and those entitled to complain for them follow the " +
                "statutory procedure of the Children Act 1989: local resolution (stage 1), independent investigation (stage 2) " +
                "and an independent review panel (stage 3). Other complaints, including those about SEND and education, follow " +
                "the council's two-stage corporate procedure. A stage is counted in the year it was received."),
        };
        var reading = new List<string>();
        foreach (var procedure in new[] { "statutory", "corporate" })
        {
            var first = stages.FirstOrDefault(s => s.Year == context.Period && s.Procedure == procedure && s.Stage == 1);
            if (first is { Received: > 0 })
            {
                reading.Add($"Of the {Sentences.Plural(first.Received, $"{procedure} stage 1 complaint", $"{procedure} stage 1 complaints")} " +
                    $"received in {context.Period}, {Numbers.Count(first.Escalated)} ({Numbers.Percent(first.EscalatedPct)}) " +
                    $"{(first.Escalated == 1 ? "was" : "were")} escalated to stage 2.");
            }
        }

        reading.AddRange(new[]
        {
            TrendSentence.For("Stage 2 statutory investigations", "statutory_stage2", volumes, context),
            TrendSentence.For("Stage 3 review panels", "statutory_stage3", volumes, context),
        }.OfType<string>());
        if (reading.Count > 0)
        {
            blocks.Add(new ParagraphBlock(string.Join(" ", reading)));
        }

        blocks.Add(TrendTable.Build(
            new TrendTableSpec("Table 2: Complaints by procedure and stage", "mart.annual_complaints_by_stage", "Procedure and stage"),
            volumes,
            context));
        blocks.Add(Escalation(stages, context));
        return new ReportSection(2, "Complaints by procedure and stage", blocks);
    }

    private static TableBlock Escalation(IReadOnlyList<StageRow> stages, SectionContext context)
    {
        var years = context.PreviousYear is { } previous ? new[] { previous, context.Period } : [context.Period];
        var columns = new List<TableColumn> { new("Stage", 28, false) };
        foreach (var year in years)
        {
            columns.Add(new TableColumn($"Escalated {year}", 18, true));
            columns.Add(new TableColumn($"Share {year}", 18, true));
        }

        var rows = stages
            .Where(s => years.Contains(s.Year) && !IsLastStage(s))
            .GroupBy(s => s.StageLabel)
            .OrderBy(g => g.First().SortOrder)
            .Select(g => new TableRow([
                $"{g.Key} to stage {g.First().Stage + 1}",
                .. years.SelectMany(y => g.FirstOrDefault(s => s.Year == y) is { } s
                    ? new[] { Numbers.Count(s.Escalated), Numbers.Percent(s.EscalatedPct) }
                    : [Numbers.NotAvailable, Numbers.NotAvailable]),
            ]))
            .ToList();
        return new TableBlock("Table 2a: Complaints escalated to the next stage", "mart.annual_complaints_by_stage", columns, rows,
            ["Share: of the complaints received at the stage in the year, those recorded as escalated to the next stage."]);
    }

    private static bool IsLastStage(StageRow stage) => stage.Procedure == "statutory" ? stage.Stage >= 3 : stage.Stage >= 2;
}
