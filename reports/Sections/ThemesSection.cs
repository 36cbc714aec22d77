using ComplaintsAnalytics.Reports.Charts;
using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 6: themes of new complaints, counting issues, with the number and share upheld or partly upheld.</summary>
internal static class ThemesSection
{
    public static ReportSection Build(SectionContext context)
    {
        var rows = context.Marts.Themes();
        var now = rows.Where(r => r.Year == context.Period).ToList();
        var all = now.FirstOrDefault(r => r.ThemeCode == "all");
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "What new (stage 1) complaints were about, using the nine benchmark themes. A complaint often raises more than one " +
                "issue, so issues are counted, not complaints: a complaint about a delayed plan and poor communication counts once " +
                "under each. Upheld means upheld or partially upheld; the share is of the issues raised."),
        };
        if (all is null || all.Raised == 0)
        {
            blocks.Add(new ParagraphBlock($"No themes are recorded for complaints received in {context.Period}."));
            return new ReportSection(6, "Themes", blocks);
        }

        var ranked = now.Where(r => r.ThemeCode != "all" && r.Raised > 0).OrderByDescending(r => r.Raised).ToList();
        var reading = $"{Sentences.Capitalise(Sentences.Plural(all.Raised, "issue was", "issues were"))} raised in " +
            $"{Sentences.Plural(all.Complaints, "new complaint", "new complaints")} in {context.Period}. " +
            $"The most common theme was {ranked[0].ThemeName.ToLowerInvariant()} ({Numbers.Count(ranked[0].Raised)} issues, " +
            $"{Numbers.Percent(ranked[0].UpheldPct)} upheld).";
        var mostUpheld = ranked.Where(r => r.Raised >= 10).MaxBy(r => r.UpheldPct);
        if (mostUpheld is not null && mostUpheld.ThemeCode != ranked[0].ThemeCode)
        {
            reading += $" Issues about {mostUpheld.ThemeName.ToLowerInvariant()} were the most often upheld ({Numbers.Percent(mostUpheld.UpheldPct)}).";
        }

        blocks.Add(new ParagraphBlock(reading));
        blocks.Add(Table(rows, context));
        if (ThemesChart.Draw(rows, context.Scope) is { } chart)
        {
            blocks.Add(chart);
        }

        return new ReportSection(6, "Themes", blocks);
    }

    private static TableBlock Table(IReadOnlyList<ThemeRow> rows, SectionContext context)
    {
        var columns = new List<TableColumn> { new("Theme", 26, false) };
        if (context.PreviousYear is { } previous)
        {
            columns.Add(new TableColumn($"Raised {previous}", 12, true));
        }

        columns.AddRange(
        [
            new TableColumn($"Raised {context.Period}", 12, true),
            new TableColumn("Change", 10, true),
            new TableColumn("Direction", 12, false),
            new TableColumn($"Upheld or partly {context.Period}", 14, true),
            new TableColumn("Share upheld", 12, true),
        ]);
        var table = rows
            .GroupBy(r => r.ThemeCode)
            .OrderBy(g => g.First().SortOrder)
            .Where(g => g.Any(r => r.Raised > 0))
            .Select(g =>
            {
                var now = g.FirstOrDefault(r => r.Year == context.Period);
                var before = context.PreviousYear is { } p ? g.FirstOrDefault(r => r.Year == p) : null;
                var cells = new List<string> { g.First().ThemeName };
                if (context.PreviousYear is not null)
                {
                    cells.Add(before is null ? Numbers.NotAvailable : Numbers.Count(before.Raised));
                }

                cells.AddRange(
                [
                    now is null ? Numbers.NotAvailable : Numbers.Count(now.Raised),
                    Numbers.Change(now?.ChangePct, before?.Raised, now?.Raised),
                    Direction.Label(now?.Direction),
                    now is null ? Numbers.NotAvailable : Numbers.Count(now.UpheldOrPartly),
                    Numbers.Percent(now?.UpheldPct),
                ]);
                return new TableRow(cells, g.Key == "all");
            })
            .ToList();
        return new TableBlock($"Table 6: Themes of new complaints", "mart.annual_themes", columns, table,
            ["Themes are those the officer coded, the classifier predicted or an analyst reviewed."]);
    }
}
