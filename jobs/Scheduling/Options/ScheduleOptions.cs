namespace ComplaintsAnalytics.Jobs.Scheduling.Options;

/// <summary>
/// When the scheduler host (<c>serve</c>) runs each job (section <c>Scheduler</c>), e.g.
/// <c>"Scheduler": { "Jobs": { "Nightly": { "Cron": "0 0 2 * * ?" } } }</c>.
/// </summary>
internal sealed class ScheduleOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>The time zone cron expressions are read in (IANA or Windows id).</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>
    /// Cron schedules by job name; a job with no entry only runs when asked (<c>run &lt;job&gt;</c>). By default
    /// the Nightly chain runs at 02:30; <c>Scheduler:Jobs:Nightly:Enabled = false</c> turns that off.
    /// </summary>
    public Dictionary<string, JobSchedule> Jobs { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Nightly"] = new JobSchedule { Cron = "0 30 2 * * ?" },
    };

    /// <summary>
    /// On the embedded store, a job whose last scheduled time passed while the host was down runs once at
    /// start-up (read back from <c>etl.run</c>); the SQL Server store keeps its triggers and does this itself.
    /// </summary>
    public bool CatchUpMissedRuns { get; set; } = true;

    /// <summary>How long a scheduled run waits for the warehouse while another run holds it before it counts as a transient failure.</summary>
    public TimeSpan LockWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a stopping host waits for a running job to reach a safe point (keep systemd's TimeoutStopSec above it).</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
