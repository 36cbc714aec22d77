using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;
using ScottPlot;

namespace ComplaintsAnalytics.Reports.Charts;

/// <summary>Themes by volume and uphold rate in the reported year: issues raised, with the upheld or partly upheld ones inside.</summary>
internal static class ThemesChart
{
    public static ChartBlock? Draw(IReadOnlyList<ThemeRow> rows, ReportScope scope)
    {
        var themes = rows
            .Where(r => r.Year == scope.Period && r.ThemeCode != "all" && r.Raised > 0)
            .OrderByDescending(r => r.Raised).ThenBy(r => r.ThemeName, StringComparer.Ordinal)
            .ToList();
        if (themes.Count == 0)
        {
            return null;
        }

        var title = $"Themes of new complaints, {scope.Period}: issues raised and upheld";
        var plot = ChartCanvas.Create();
        var bars = new List<Bar>();
        for (var t = 0; t < themes.Count; t++)
        {
            bars.Add(new Bar
            {
                Position = -t,
                Value = themes[t].Raised,
                FillColor = ChartPalette.Light,
                LineWidth = 0,
                Orientation = Orientation.Horizontal,
                Label = $"{Numbers.Count(themes[t].Raised)} ({Numbers.Percent(themes[t].UpheldPct)} upheld)",
                Size = 0.75,
            });
            bars.Add(new Bar
            {
                Position = -t,
                Value = themes[t].UpheldOrPartly,
                FillColor = ChartPalette.Dark,
                LineWidth = 0,
                Orientation = Orientation.Horizontal,
                Size = 0.75,
            });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = 11;
        plottable.ValueLabelStyle.ForeColor = ChartPalette.Text;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, themes.Count).Select(t => (double)-t)], [.. themes.Select(t => t.ThemeName)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0.03, top: 0.03);
        plot.Axes.SetLimitsX(0, themes.Max(t => t.Raised) * 1.6);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Issues raised", FillColor = ChartPalette.Light });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Upheld or partly upheld", FillColor = ChartPalette.Dark });
        // Themes are sorted, most raised first, so the bottom right is always clear.
        plot.ShowLegend(Alignment.LowerRight);
        plot.XLabel("Issues raised in new (stage 1) complaints");
        var alt = $"Bar chart of the themes raised in new complaints in {scope.Period}, most raised first, with the number upheld or partly upheld. " +
            string.Join("; ", themes.Select(t => $"{t.ThemeName}: {Numbers.Count(t.Raised)} raised, {Numbers.Count(t.UpheldOrPartly)} upheld ({Numbers.Percent(t.UpheldPct)})")) + ".";
        return ChartCanvas.Render(plot, "themes", alt, $"Chart 4: {title}", 140 + (themes.Count * 46));
    }
}
