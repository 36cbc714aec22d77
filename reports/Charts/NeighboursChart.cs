using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;
using ScottPlot;

namespace ComplaintsAnalytics.Reports.Charts;

/// <summary>
/// Social care complaints per 1,000 referrals: the council against its statistical neighbours in the
/// reported year, where neighbours have published a figure; otherwise the council's own rate over the
/// years; no chart at all where that would be a single bar.
/// </summary>
internal static class NeighboursChart
{
    public static ChartBlock? Draw(IReadOnlyList<NeighbourRateRow> rows, ReportScope scope, string authorityName)
    {
        var thisYear = rows.Where(r => r.Year == scope.Period && r.Value is not null && !r.Suppressed).OrderByDescending(r => r.Value).ToList();
        return thisYear.Any(r => r.Role == "neighbour")
            ? AgainstNeighbours(thisYear, scope, authorityName)
            : OverTheYears(rows, scope, authorityName);
    }

    private static ChartBlock AgainstNeighbours(List<NeighbourRateRow> rows, ReportScope scope, string authorityName)
    {
        var title = $"Social care complaints per 1,000 referrals, {scope.Period}: {authorityName} and its statistical neighbours";
        var plot = ChartCanvas.Create();
        var bars = rows.Select((r, i) => new Bar
        {
            Position = -i,
            Value = r.Value!.Value,
            FillColor = r.Role == "council" ? ChartPalette.Council : ChartPalette.Neighbour,
            LineWidth = 0,
            Orientation = Orientation.Horizontal,
            Label = Numbers.Fixed(r.Value, 1),
            Size = 0.75,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = 12;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rows.Count).Select(i => (double)-i)], [.. rows.Select(r => r.ComparedLaName)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0.05, top: 0.05);
        plot.Axes.SetLimitsX(0, rows.Max(r => r.Value!.Value) * 1.15);
        plot.Grid.YAxisStyle.IsVisible = false;
        var median = rows.First().NeighbourMedian ?? rows.FirstOrDefault(r => r.Role == "council")?.NeighbourMedian;
        if (median is { } m)
        {
            var line = plot.Add.VerticalLine(m, 2, ChartPalette.Reference, LinePattern.Dashed);
            line.LegendText = $"Neighbours' median: {Numbers.Fixed(m, 1)}";
            plot.ShowLegend(Alignment.LowerRight);
        }

        plot.XLabel("Stage 1 social care complaints per 1,000 referrals to children's social care");
        var alt = $"Bar chart of social care complaints per 1,000 referrals in {scope.Period} for {authorityName} and the statistical neighbours " +
            "that have published a figure. " + string.Join("; ", rows.Select(r => $"{r.ComparedLaName}: {Numbers.Fixed(r.Value, 1)}")) + ".";
        return ChartCanvas.Render(plot, "neighbours", alt, $"Chart 5: {title}", 120 + (rows.Count * 34));
    }

    private static ChartBlock? OverTheYears(IReadOnlyList<NeighbourRateRow> rows, ReportScope scope, string authorityName)
    {
        var own = scope.Years
            .Select(y => rows.FirstOrDefault(r => r.Year == y && r.Role == "council"))
            .OfType<NeighbourRateRow>()
            .Where(r => r.Value is not null && !r.Suppressed)
            .ToList();
        // One bar compares with nothing: then the table's figure says it all.
        if (own.Count < 2)
        {
            return null;
        }

        var title = $"Social care complaints per 1,000 referrals, {authorityName}, {Years.Span(scope)}";
        var plot = ChartCanvas.Create();
        var bars = own.Select((r, i) => new Bar
        {
            Position = i,
            Value = r.Value!.Value,
            FillColor = r.Year == scope.Period ? ChartPalette.Council : ChartPalette.Light,
            LineWidth = 0,
            Label = Numbers.Fixed(r.Value, 1),
            Size = 0.6,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = 13;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, own.Count).Select(i => (double)i)], [.. own.Select(r => r.Year)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0, top: 0.2);
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.YLabel("Per 1,000 referrals");
        var alt = $"Bar chart of {authorityName}'s stage 1 social care complaints per 1,000 referrals to children's social care, " +
            $"{Years.Span(scope)}: " + string.Join("; ", own.Select(r => $"{r.Year}: {Numbers.Fixed(r.Value, 1)}")) +
            $". No statistical neighbour has published a figure for {scope.Period}.";
        return ChartCanvas.Render(plot, "neighbours", alt, $"Chart 5: {title}", 380);
    }
}
