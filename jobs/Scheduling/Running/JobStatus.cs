namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>How a job run ended, as <c>etl.run.status</c> records it.</summary>
internal enum JobStatus
{
    Succeeded,
    Failed,

    /// <summary>Stopped at a safe point (host shutdown, Ctrl+C); nothing half-loaded was kept.</summary>
    Cancelled,

    /// <summary>A start-up catch-up firing found nothing missed; no run was recorded.</summary>
    NothingToDo,
}
