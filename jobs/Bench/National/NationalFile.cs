namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>One generated file and the rows written to it (header not counted).</summary>
internal sealed record NationalFile(string Path, string LaCode, long Rows);
