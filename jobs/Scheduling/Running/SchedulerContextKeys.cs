namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>Keys of what a host hands its jobs through Quartz: the scheduler context and a manual firing's job data.</summary>
internal static class SchedulerContextKeys
{
    /// <summary>The warehouse this host loads (scheduler context; never stored in a job store).</summary>
    public const string Warehouse = "complaints.warehouse";

    /// <summary>How long a manual run waits for the warehouse (job data of the firing, as a <c>c</c>-format TimeSpan).</summary>
    public const string LockWait = "complaints.lockWait";
}
