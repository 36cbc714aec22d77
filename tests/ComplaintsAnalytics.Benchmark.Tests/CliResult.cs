namespace ComplaintsAnalytics.Benchmark.Tests;

internal sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);
