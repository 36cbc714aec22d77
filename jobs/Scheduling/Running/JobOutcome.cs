using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>
/// How one job run ended, set as the firing's result: Quartz's history records it, the notification listener
/// reads it, and <c>run &lt;job&gt;</c> prints it.
/// </summary>
internal sealed record JobOutcome(
    JobRequest Request,
    long? RunId,
    JobStatus Status,
    FailureKind? Failure,
    string? FailedStep,
    string Message,
    int FilesLoaded,
    int FilesSkipped,
    IReadOnlyList<FileFailure> FailedFiles,
    long RowsRead,
    long RowsRejected,
    DateTimeOffset Started,
    TimeSpan Elapsed) : IJobRunReport
{
    /// <summary>The exception behind a failure, for the log; not part of the report.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Failed for good (cancellation is a decision, not a failure; a transient failure may still be retried).</summary>
    public bool Failed => Status == JobStatus.Failed;

    public JobRunResult Result => Status switch
    {
        JobStatus.Succeeded => JobRunResult.Succeeded,
        JobStatus.NothingToDo => JobRunResult.Skipped,
        JobStatus.Cancelled => JobRunResult.Cancelled,
        _ => JobRunResult.Failed,
    };

    public string Summary => Message;

    public IReadOnlyDictionary<string, object?> Metrics => new Dictionary<string, object?>
    {
        ["filesLoaded"] = FilesLoaded,
        ["filesSkipped"] = FilesSkipped,
        ["filesFailed"] = FailedFiles.Count,
        ["rowsRead"] = RowsRead,
        ["rowsRejected"] = RowsRejected,
    };

    /// <summary>A run that ended before it was recorded: the warehouse was busy or could not be opened.</summary>
    public static JobOutcome NotStarted(JobRequest request, DateTimeOffset started, TimeSpan elapsed, JobStatus status, FailureKind? failure, string message, Exception? exception) =>
        new(request, null, status, failure, null, message, 0, 0, [], 0, 0, started, elapsed) { Exception = exception };
}
