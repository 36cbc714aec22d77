using ScottPlot;

namespace ComplaintsAnalytics.Reports.Charts;

/// <summary>
/// Horizontal bars grouped by category, one bar per series (usually a year), read top to bottom; each bar
/// labelled with its value so that nobody has to read it off the axis.
/// </summary>
internal static class GroupedBars
{
    public static void Add(
        Plot plot, IReadOnlyList<string> categories, IReadOnlyList<string> series, IReadOnlyList<Color> colours,
        Func<int, int, double?> value, Func<double, string> label)
    {
        var bars = new List<Bar>();
        var group = series.Count + 0.8;
        var ticks = new double[categories.Count];
        for (var c = 0; c < categories.Count; c++)
        {
            // Series run downwards inside a group, so the reported year sits last, nearest the next label.
            var top = -c * group;
            ticks[c] = top - (series.Count - 1) / 2.0;
            for (var s = 0; s < series.Count; s++)
            {
                if (value(c, s) is not { } v)
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = top - s,
                    Value = v,
                    FillColor = colours[s],
                    LineWidth = 0,
                    Orientation = Orientation.Horizontal,
                    Label = label(v),
                    Size = 0.85,
                });
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = 10;
        plottable.ValueLabelStyle.ForeColor = ChartPalette.Text;
        plot.Axes.Left.SetTicks(ticks, [.. categories]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0.02, top: 0.02);

        // Room on the right for the longest bar's label, which autoscaling does not count.
        plot.Axes.SetLimitsX(0, Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value)) * 1.14);
        plot.Grid.YAxisStyle.IsVisible = false;
        for (var s = 0; s < series.Count; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s], FillColor = colours[s] });
        }

        // Inside, bottom right: the bars there are the short ones in every chart drawn with this.
        plot.ShowLegend(Alignment.LowerRight);
    }
}
