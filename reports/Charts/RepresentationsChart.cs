using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Charts;

/// <summary>Representations received by type over the years the report shows (the total and the Ombudsman left out).</summary>
internal static class RepresentationsChart
{
    public static ChartBlock? Draw(IReadOnlyList<TrendRow> rows, ReportScope scope)
    {
        var kinds = rows
            .Where(r => r.Key is not ("representations_total" or "lgsco_received"))
            .GroupBy(r => r.Key)
            .Where(g => g.Any(r => r.Value > 0))
            .OrderBy(g => g.First().SortOrder)
            .ToList();
        if (kinds.Count == 0)
        {
            return null;
        }

        var title = $"Representations received by type, {Years.Span(scope)}";
        var plot = ChartCanvas.Create();
        double? Value(int kind, int year) => kinds[kind].FirstOrDefault(r => r.Year == scope.Years[year])?.Value;
        GroupedBars.Add(plot, [.. kinds.Select(k => k.First().Label)], scope.Years, ChartPalette.Years(scope.Years.Count), Value, v => Numbers.Count(v));
        plot.XLabel("Number received");
        var height = 140 + (kinds.Count * (scope.Years.Count + 1) * 17);
        var alt = $"Horizontal bar chart of representations received by type, {Years.Span(scope)}. " +
            string.Join("; ", kinds.Select(k => $"{k.First().Label}: " +
                Sentences.List([.. scope.Years.Select(y => $"{Numbers.Count(k.FirstOrDefault(r => r.Year == y)?.Value)} in {y}")]))) + ".";
        return ChartCanvas.Render(plot, "representations", alt, $"Chart 1: {title}", height);
    }
}
