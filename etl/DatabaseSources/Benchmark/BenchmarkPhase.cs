namespace ComplaintsAnalytics.Etl.DatabaseSources.Benchmark;

/// <summary>
/// One measured phase of the pull benchmark: rows handled, wall time, the process's CPU time (a fairer
/// figure when other work shares the cores) and its peak memory during the phase.
/// </summary>
public sealed record BenchmarkPhase(string Name, long Rows, TimeSpan Elapsed, TimeSpan CpuTime, double PeakMegabytes)
{
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;
}
