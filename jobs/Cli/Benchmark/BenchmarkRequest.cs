namespace ComplaintsAnalytics.Jobs.Cli.Benchmark;

/// <summary>What the benchmark verb was asked for.</summary>
internal sealed record BenchmarkRequest(string? Period, string? Authority, string? Rate, string Format, bool Unsuppressed, string? ChartPath);
