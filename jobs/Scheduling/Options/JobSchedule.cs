namespace ComplaintsAnalytics.Jobs.Scheduling.Options;

/// <summary>One job's schedule: a Quartz cron expression (seconds first, e.g. <c>0 0 2 * * ?</c> for 02:00 every day).</summary>
internal sealed class JobSchedule
{
    public string? Cron { get; set; }

    /// <summary>False keeps the schedule in the file but stops the host from running it.</summary>
    public bool Enabled { get; set; } = true;
}
