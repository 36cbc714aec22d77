namespace ComplaintsAnalytics.Jobs.Scheduling.Hosting;

/// <summary>What a scheduler host is for.</summary>
internal enum HostMode
{
    /// <summary><c>serve</c>: the configured job store, cron triggers, retries and start-up catch-up.</summary>
    Serve,

    /// <summary><c>run &lt;job&gt;</c>: an in-memory scheduler that fires one job once and stops.</summary>
    RunOnce,
}
