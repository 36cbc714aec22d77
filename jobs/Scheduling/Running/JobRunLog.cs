using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>
/// Records job runs: the run itself in <c>etl.run</c> (kind <c>job</c>) with what only a job has in
/// <c>etl.job_run</c>, and each step in <c>etl.job_step</c>. A run is written before its first step, so a
/// killed host still leaves it behind (marked interrupted by the next process to open the warehouse).
/// </summary>
internal sealed class JobRunLog(DuckDBConnection connection, TimeProvider clock)
{
    public const string Kind = "job";

    public long Start(JobRequest request, DateOnly asOf)
    {
        var runId = new RunLog(connection, clock).Start(Kind, null, null, null, asOf, forced: false);
        connection.Execute(
            """
            INSERT INTO etl.job_run (run_id, job_name, trigger_kind, scheduled_for, attempt, host_name, fire_instance_id, last_run_id)
            VALUES ($run_id, $job_name, $trigger_kind, $scheduled_for, $attempt, $host_name, $fire_instance_id, $run_id)
            """,
            new
            {
                run_id = runId,
                job_name = request.JobName,
                trigger_kind = request.Trigger,
                scheduled_for = request.ScheduledFor?.UtcDateTime,
                attempt = request.Attempt,
                host_name = JobRequest.HostName,
                fire_instance_id = request.FireInstanceId,
            });
        return runId;
    }

    public void StartStep(long runId, int stepNo, string stepName) =>
        connection.Execute(
            "INSERT INTO etl.job_step (run_id, step_no, step_name, status, started_at) VALUES ($run_id, $step_no, $step_name, 'running', $now)",
            new { run_id = runId, step_no = stepNo, step_name = stepName, now = Now() });

    /// <summary>Ends a step and links every run it recorded (file imports) to the job run.</summary>
    public void FinishStep(long runId, int stepNo, string status, string? message)
    {
        connection.Execute(
            "UPDATE etl.job_step SET status = $status, finished_at = $now, message = $message WHERE run_id = $run_id AND step_no = $step_no",
            new { run_id = runId, step_no = stepNo, status, message, now = Now() });

        // One process writes the warehouse at a time and this run holds it, so every run recorded since the
        // job started belongs to it.
        connection.Execute(
            "UPDATE etl.job_run SET last_run_id = (SELECT max(run_id) FROM etl.run) WHERE run_id = $run_id",
            new { run_id = runId });
    }

    /// <summary>Ends the run: its status and reason, and the rows its file runs read and rejected.</summary>
    public (long Read, long Rejected) Finish(long runId, JobStatus status, FailureKind? failure, string? failedStep, string message, int filesLoaded, int filesSkipped, int filesFailed)
    {
        if (status == JobStatus.Cancelled)
        {
            // The import that was stopped recorded itself as failed with the cancellation's message; it was
            // rolled back like any cancelled run, and its file is still in the inbox.
            connection.Execute(
                """
                UPDATE etl.run SET status = 'cancelled',
                    message = 'Cancelled when the scheduler stopped; nothing it loaded was kept and the file stays in the inbox for the next run.'
                WHERE run_id > $run_id AND run_id <= (SELECT last_run_id FROM etl.job_run WHERE run_id = $run_id)
                  AND status = 'failed' AND (message LIKE 'OperationCanceledException:%' OR message LIKE 'TaskCanceledException:%')
                """,
                new { run_id = runId });
        }

        var totals = connection.QuerySingle<(long Read, long Loaded, long Updated, long Unchanged, long Rejected)>(
            """
            SELECT coalesce(sum(rows_read), 0)::BIGINT, coalesce(sum(rows_loaded), 0)::BIGINT, coalesce(sum(rows_updated), 0)::BIGINT,
                   coalesce(sum(rows_unchanged), 0)::BIGINT, coalesce(sum(rows_rejected), 0)::BIGINT
            FROM etl.run
            WHERE run_id > $run_id AND run_id <= (SELECT last_run_id FROM etl.job_run WHERE run_id = $run_id) AND status = 'succeeded'
            """,
            new { run_id = runId });
        connection.Execute(
            """
            UPDATE etl.run SET status = $status, finished_at = $now, message = $message, rows_read = $read, rows_loaded = $loaded,
                rows_updated = $updated, rows_unchanged = $unchanged, rows_rejected = $rejected
            WHERE run_id = $run_id
            """,
            new
            {
                run_id = runId,
                status = StatusText(status),
                now = Now(),
                message,
                read = totals.Read,
                loaded = totals.Loaded,
                updated = totals.Updated,
                unchanged = totals.Unchanged,
                rejected = totals.Rejected,
            });
        connection.Execute(
            """
            UPDATE etl.job_run SET files_loaded = $files_loaded, files_skipped = $files_skipped, files_failed = $files_failed,
                failed_step = $failed_step, failure_kind = $failure_kind
            WHERE run_id = $run_id
            """,
            new
            {
                run_id = runId,
                files_loaded = filesLoaded,
                files_skipped = filesSkipped,
                files_failed = filesFailed,
                failed_step = failedStep,
                failure_kind = failure is { } kind ? FailureText(kind) : null,
            });
        return (totals.Read, totals.Rejected);
    }

    public static string StatusText(JobStatus status) => status switch
    {
        JobStatus.Succeeded => "succeeded",
        JobStatus.Cancelled => "cancelled",
        _ => "failed",
    };

    public static string FailureText(FailureKind kind) => kind.ToString().ToLowerInvariant();

    public static string StepStatus(StepResult? result, FailureKind? failure) =>
        failure switch
        {
            null when result is { Succeeded: true } => "succeeded",
            FailureKind.Cancelled => "cancelled",
            _ => "failed",
        };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
