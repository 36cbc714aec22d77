namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>What kind of failure stopped a run, as <c>etl.job_run.failure_kind</c> records it; only transient failures are retried.</summary>
internal enum FailureKind
{
    /// <summary>Worth trying again later: a locked file, a busy warehouse, a network error.</summary>
    Transient,

    /// <summary>Bad input (a refused file): retrying gives the same answer, so a person is told instead.</summary>
    Data,

    /// <summary>Neither: configuration or a bug. Not retried; the log has the details.</summary>
    Error,

    /// <summary>Stopped at a safe point on request.</summary>
    Cancelled,
}
