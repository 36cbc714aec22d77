using System.Globalization;
using ComplaintsAnalytics.Etl.Benchmark;
using ScottPlot;

namespace ComplaintsAnalytics.Jobs.Cli.Benchmark;

/// <summary>
/// The funnel plot directors look at: every council's rate against its size (the denominator), the
/// England rate, and the 95% and 99.8% limits around it; the council is highlighted and named, its
/// statistical neighbours marked and named. Suppressed rates are left off unless unsuppressed.
/// </summary>
internal static class FunnelChart
{
    private const int Width = 1400;
    private const int Height = 900;
    private static readonly Color Council = Color.FromHex("#C8102E");
    private static readonly Color Neighbour = Color.FromHex("#E87722");
    private static readonly Color Other = Color.FromHex("#8A8D8F");
    private static readonly Color OtherLabel = Color.FromHex("#4B4F54");
    private static readonly Color Limit95 = Color.FromHex("#1D70B8");
    private static readonly Color Limit998 = Color.FromHex("#003078");

    public static void Draw(
        IReadOnlyList<BenchmarkRate> rows, RateDefinition rate, string laCode, IReadOnlyList<string> neighbours,
        IReadOnlySet<string> fictional, string path, bool unsuppressed)
    {
        var plotted = rows.Where(r => r.Value is not null && r.Denominator > 0 && (unsuppressed || !r.Suppressed)).ToList();
        var hidden = rows.Count(r => r.Value is not null && r.Suppressed && !unsuppressed);
        var council = rows.FirstOrDefault(r => r.LaCode == laCode);
        var england = BenchmarkQuery.EnglandRate(rows, fictional);
        var period = rows.Count > 0 ? rows[0].Period : string.Empty;

        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title($"{rate.Title}, {period}");
        plot.XLabel(rate.DenominatorLabel);
        plot.YLabel(rate.Title);

        if (england is { } theta && plotted.Count > 0)
        {
            DrawLimits(plot, rate, theta, plotted.Min(r => r.Denominator!.Value), plotted.Max(r => r.Denominator!.Value));
        }

        AddPoints(plot, plotted.Where(r => r.LaCode != laCode && !neighbours.Contains(r.LaCode)).ToList(), Other, 7, $"Other councils ({Count(plotted, r => r.LaCode != laCode && !neighbours.Contains(r.LaCode))})");
        // With few councils (complaints figures are published by few) every point is named.
        if (plotted.Count <= 15)
        {
            foreach (var other in plotted.Where(r => r.LaCode != laCode && !neighbours.Contains(r.LaCode)))
            {
                Label(plot, other, other.LaName, OtherLabel, 11, bold: false);
            }
        }

        var marked = plotted.Where(r => neighbours.Contains(r.LaCode)).ToList();
        AddPoints(plot, marked, Neighbour, 10, $"Statistical neighbours ({marked.Count} of {neighbours.Count} with a figure)");
        foreach (var n in marked)
        {
            Label(plot, n, n.LaName, Neighbour, 11, bold: false);
        }

        var councilName = council?.LaName ?? laCode;
        if (council is not null && plotted.Contains(council))
        {
            AddPoints(plot, [council], Council, 16, $"{councilName}: {council.Value!.Value.ToString("0.00", CultureInfo.InvariantCulture)}");
            Label(plot, council, councilName, Council, 15, bold: true);
        }
        else
        {
            plot.Add.Annotation($"{councilName} has no figure for this rate in {period}{(council?.Suppressed == true ? " (suppressed: a count from 1 to 4)" : string.Empty)}", Alignment.LowerRight);
        }

        if (hidden > 0 || unsuppressed)
        {
            plot.Add.Annotation(unsuppressed ? "UNSUPPRESSED: internal use only" : $"{hidden} council(s) with a count from 1 to 4 not shown", Alignment.LowerLeft);
        }

        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Margins(0.05, 0.1);
        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(path, Width, Height);
        }
        else
        {
            plot.SavePng(path, Width, Height);
        }
    }

    private static void DrawLimits(Plot plot, RateDefinition rate, double theta, double smallest, double largest)
    {
        var start = Math.Max(1, smallest * 0.5);
        var end = largest * 1.5;
        const int steps = 200;
        var xs = Enumerable.Range(0, steps + 1).Select(i => start * Math.Pow(end / start, i / (double)steps)).ToArray();
        var limits = xs.Select(x => FunnelLimits.For(rate.Distribution, theta, x, rate.Scale)).ToArray();
        Line(plot, xs, limits.Select(l => l.Upper998).ToArray(), Limit998, LinePattern.Dotted, "99.8% limits");
        Line(plot, xs, limits.Select(l => l.Lower998).ToArray(), Limit998, LinePattern.Dotted, null);
        Line(plot, xs, limits.Select(l => l.Upper95).ToArray(), Limit95, LinePattern.Dashed, "95% limits");
        Line(plot, xs, limits.Select(l => l.Lower95).ToArray(), Limit95, LinePattern.Dashed, null);
        Line(plot, [start, end], [theta * rate.Scale, theta * rate.Scale], Colors.Black, LinePattern.Solid,
            $"England rate (councils pooled): {(theta * rate.Scale).ToString("0.00", CultureInfo.InvariantCulture)}");
    }

    private static void Line(Plot plot, double[] xs, double[] ys, Color color, LinePattern pattern, string? legend)
    {
        var line = plot.Add.ScatterLine(xs, ys);
        line.Color = color;
        line.LineWidth = 2;
        line.LinePattern = pattern;
        if (legend is not null)
        {
            line.LegendText = legend;
        }
    }

    private static void AddPoints(Plot plot, List<BenchmarkRate> rows, Color color, float size, string legend)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var markers = plot.Add.Markers(rows.Select(r => r.Denominator!.Value).ToArray(), rows.Select(r => r.Value!.Value).ToArray(), MarkerShape.FilledCircle, size, color);
        markers.LegendText = legend;
    }

    private static void Label(Plot plot, BenchmarkRate row, string text, Color color, float size, bool bold)
    {
        var label = plot.Add.Text(text, row.Denominator!.Value, row.Value!.Value);
        label.LabelFontColor = color;
        label.LabelFontSize = size;
        label.LabelBold = bold;
        label.LabelOffsetX = 8;
        label.LabelOffsetY = -8;
    }

    private static int Count(List<BenchmarkRate> rows, Func<BenchmarkRate, bool> where) => rows.Count(where);
}
