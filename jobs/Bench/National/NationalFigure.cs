namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>One measured figure beside the physical reference it is judged against (both from the same run).</summary>
internal sealed record NationalFigure(string Measure, string Value, string Reference, string ReferenceValue, string Ratio);
