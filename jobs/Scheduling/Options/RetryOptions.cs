using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Options;

/// <summary>
/// Back-off for transient failures (section <c>Scheduler:Retry</c>): a locked file, a busy warehouse, a network
/// error. Bad data is never retried. Defaults: 1, 2, 4 minutes, then the run is reported as failed.
/// </summary>
internal sealed class RetryOptions
{
    public const string SectionName = "Scheduler:Retry";

    /// <summary>Retries after the first failure (0 turns retrying off).</summary>
    public int MaxAttempts { get; set; } = 3;

    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMinutes(1);

    public double Factor { get; set; } = 2;

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    public RetryPolicy ToPolicy() =>
        MaxAttempts == 0 ? RetryPolicy.None : RetryPolicy.Exponential(MaxAttempts, InitialDelay, Factor, MaxDelay);
}
