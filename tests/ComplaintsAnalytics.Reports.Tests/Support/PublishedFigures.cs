using System.Globalization;

namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>One council's figures from a benchmark-returns file (benchmark-returns.md), by period and measure.</summary>
public sealed class PublishedFigures
{
    private readonly Dictionary<(string Period, string Measure), double> _values;

    public PublishedFigures(string path, string laCode)
    {
        // la_code,la_name,period,measure,value,source: only the source is quoted, and it comes last.
        _values = File.ReadLines(path).Skip(1)
            .Select(line => line.Split(',', 6))
            .Where(f => f[0] == laCode && f[4].Length > 0 && f[4] != "c")
            .ToDictionary(f => (f[2], f[3]), f => double.Parse(f[4], CultureInfo.InvariantCulture));
    }

    public int Count(string period, string measure) => (int)Get(period, measure).GetValueOrDefault();

    public double? Get(string period, string measure) => _values.TryGetValue((period, measure), out var v) ? v : null;

    public IEnumerable<string> Periods => _values.Keys.Select(k => k.Period).Distinct().Order(StringComparer.Ordinal);
}
