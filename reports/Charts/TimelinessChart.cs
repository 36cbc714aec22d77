using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;
using ScottPlot;

namespace ComplaintsAnalytics.Reports.Charts;

/// <summary>
/// Timeliness by stage against the timescale: the average working days a response took, this year and
/// last, beside a red mark at the stage's timescale, each bar labelled with the share answered in time.
/// </summary>
internal static class TimelinessChart
{
    public static ChartBlock? Draw(IReadOnlyList<TimelinessRow> rows, ReportScope scope)
    {
        var years = scope.PreviousYear is { } previous ? new[] { previous, scope.Period } : [scope.Period];
        var stages = rows
            .Where(r => r.Procedure != "all")
            .GroupBy(r => r.StageLabel)
            .Where(g => g.Any(r => r.Year == scope.Period && r.Responses > 0))
            .OrderBy(g => g.First().SortOrder)
            .ToList();
        if (stages.Count == 0)
        {
            return null;
        }

        var title = $"Average working days to respond, against the timescale, {string.Join(" and ", years)}";
        var plot = ChartCanvas.Create();
        var colours = ChartPalette.Years(years.Length);
        TimelinessRow? Row(int stage, int year) => stages[stage].FirstOrDefault(r => r.Year == years[year]);
        GroupedBars.Add(plot, [.. stages.Select(g => g.Key)], years, colours,
            (s, y) => Row(s, y) is { Responses: > 0 } r ? r.AverageWorkingDays : null,
            v => Numbers.Fixed(v, 1));
        var group = years.Length + 0.8;
        for (var s = 0; s < stages.Count; s++)
        {
            if (stages[s].First().TimescaleWorkingDays is not { } days)
            {
                continue;
            }

            var top = (-s * group) + 0.5;
            var line = plot.Add.Line(days, top, days, top - years.Length);
            line.Color = ChartPalette.Timescale;
            line.LineWidth = 3;
            line.LinePattern = LinePattern.Dashed;
        }

        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "Timescale (working days)",
            LineColor = ChartPalette.Timescale,
            LineWidth = 3,
            LinePattern = LinePattern.Dashed,
        });
        plot.XLabel("Average working days from receipt to response");

        // Below the chart: inside, it would cover whichever stage's bars or timescale reach furthest.
        var furthest = stages.SelectMany(g => g).Where(r => years.Contains(r.Year))
            .Select(r => Math.Max(r.AverageWorkingDays ?? 0, r.TimescaleWorkingDays ?? 0)).Max();
        plot.Axes.SetLimitsX(0, furthest * 1.15);
        plot.ShowLegend(Edge.Bottom);
        var alt = $"Bar chart of the average working days taken to respond at each stage in {string.Join(" and ", years)}, " +
            "with each stage's timescale marked. " +
            string.Join("; ", stages.Select(g =>
            {
                var now = g.First(r => r.Year == scope.Period);
                return $"{g.Key}: timescale {now.TimescaleWorkingDays} working days, average {Numbers.Fixed(now.AverageWorkingDays, 1)} in {scope.Period}, " +
                    $"{Numbers.Percent(now.WithinPct)} within timescale";
            })) + ".";
        return ChartCanvas.Render(plot, "timeliness", alt, $"Chart 3: {title}", 240 + (stages.Count * (years.Length + 1) * 26));
    }
}
