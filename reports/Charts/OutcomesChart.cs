using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;
using ScottPlot;

namespace ComplaintsAnalytics.Reports.Charts;

/// <summary>Outcomes of each stage in the reported year: one bar per stage, split by outcome, as shares of closed complaints.</summary>
internal static class OutcomesChart
{
    private static readonly string[] Order = ["upheld", "partially_upheld", "not_upheld", "withdrawn"];

    public static ChartBlock? Draw(IReadOnlyList<OutcomeRow> rows, ReportScope scope)
    {
        var stages = rows
            .Where(r => r.Year == scope.Period && r.Closed > 0 && r.Outcome != "open")
            .GroupBy(r => r.StageLabel)
            .OrderBy(g => g.First().Procedure == "statutory" ? 0 : 1).ThenBy(g => g.First().Stage)
            .ToList();
        if (stages.Count == 0)
        {
            return null;
        }

        var title = $"Outcomes by stage, {scope.Period} (share of closed complaints)";
        var plot = ChartCanvas.Create();
        var bars = new List<Bar>();
        for (var s = 0; s < stages.Count; s++)
        {
            double start = 0;
            foreach (var outcome in Order)
            {
                var share = stages[s].FirstOrDefault(r => r.Outcome == outcome)?.SharePct ?? 0;
                bars.Add(new Bar
                {
                    Position = -s,
                    ValueBase = start,
                    Value = start + share,
                    FillColor = ChartPalette.Outcomes[outcome],
                    LineWidth = 0,
                    Orientation = Orientation.Horizontal,
                    Label = share >= 7 ? Numbers.Percent(share) : string.Empty,
                    CenterLabel = true,
                    Size = 0.7,
                });
                start += share;
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = 12;
        plottable.ValueLabelStyle.ForeColor = Colors.White;
        plottable.ValueLabelStyle.Bold = true;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, stages.Count).Select(s => (double)-s)],
            [.. stages.Select(g => $"{g.Key} ({Numbers.Count(g.First().Closed)})")]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(0, 104);
        plot.Axes.Bottom.SetTicks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"]);
        plot.Grid.YAxisStyle.IsVisible = false;
        foreach (var outcome in Order)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = rows.First(r => r.Outcome == outcome).OutcomeName,
                FillColor = ChartPalette.Outcomes[outcome],
            });
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        var alt = $"Stacked bar chart of outcomes by stage in {scope.Period}, as shares of closed complaints. " +
            string.Join("; ", stages.Select(g => $"{g.Key} ({Sentences.Plural(g.First().Closed ?? 0, "closed complaint", "closed complaints")}): " +
                Sentences.List([.. Order.Select(o => g.FirstOrDefault(r => r.Outcome == o)).OfType<OutcomeRow>()
                    .Select(r => $"{Numbers.Percent(r.SharePct)} {r.OutcomeName.ToLowerInvariant()}")]))) + ".";
        return ChartCanvas.Render(plot, "outcomes", alt, $"Chart 2: {title}", 170 + (stages.Count * 62));
    }
}
