using System.Diagnostics;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using ComplaintsAnalytics.Jobs.Scheduling.Locking;
using ComplaintsAnalytics.Jobs.Scheduling.Options;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>
/// The body of every job: take the warehouse lock, open and migrate the warehouse, record the run, run the
/// steps in order and stop at the first that fails, record how it ended. A transient failure is thrown back
/// to Quartz, which retries it under the back-off policy; bad data and errors are recorded and reported, not
/// retried; a cancellation stops at the next safe point (between files, or between rows of a file, whose
/// transaction then rolls back).
/// </summary>
internal sealed partial class JobRunner(
    WarehouseMigrator migrator,
    WarehouseLock warehouseLock,
    MissedRunCheck missedRuns,
    IOptions<ScheduleOptions> schedule,
    TimeProvider clock,
    ILogger<JobRunner> logger)
{
    public async ValueTask ExecuteAsync(IJobExecutionContext context, string jobName, IReadOnlyList<IJobStep> steps, CancellationToken cancellationToken)
    {
        var request = JobRequest.From(context, jobName, schedule.Value.LockWait);
        var outcome = await RunAsync(request, steps, cancellationToken);
        context.Result = outcome;
        switch (outcome)
        {
            case { Status: JobStatus.Cancelled }:
                throw new OperationCanceledException(outcome.Message, outcome.Exception, cancellationToken);
            case { Status: JobStatus.Failed, Failure: FailureKind.Transient } when context.RetryPolicy is { } policy && policy != RetryPolicy.None && context.RetryAttempt < policy.MaxAttempts:
                // Throwing is what asks Quartz for a retry; the run is already recorded. With no retry left the
                // job returns instead, and the failure is reported like any other.
                throw new TransientJobException(outcome.Message, outcome.Exception);
        }
    }

    public async Task<JobOutcome> RunAsync(JobRequest request, IReadOnlyList<IJobStep> steps, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        LogFiring(request.JobName, request.Trigger, request.Attempt);
        WarehouseLease lease;
        try
        {
            lease = await warehouseLock.AcquireAsync(request.Warehouse, request.Holder(started), request.LockWait, cancellationToken);
        }
        catch (Exception ex) when (ex is WarehouseBusyException or OperationCanceledException)
        {
            return NotStarted(request, started, stopwatch.Elapsed, ex, cancellationToken);
        }

        using (lease)
        {
            DuckDBConnection connection;
            try
            {
                connection = DuckDbWarehouse.Open(request.Warehouse);
            }
            catch (WarehouseUnavailableException ex)
            {
                return NotStarted(request, started, stopwatch.Elapsed, ex, cancellationToken);
            }

            using (connection)
            {
                migrator.Migrate(connection);
                new RunLog(connection, clock).MarkInterrupted();
                if (request.Trigger == TriggerKind.CatchUp && !missedRuns.WasMissed(connection, request.JobName))
                {
                    LogNothingMissed(request.JobName);
                    return JobOutcome.NotStarted(request, started, stopwatch.Elapsed, JobStatus.NothingToDo, null,
                        "no scheduled time was missed while the host was down", null);
                }

                if (request.Trigger == TriggerKind.CatchUp)
                {
                    LogCatchingUp(request.JobName);
                }

                return await RunStepsAsync(connection, request, steps, started, stopwatch, cancellationToken);
            }
        }
    }

    private async Task<JobOutcome> RunStepsAsync(
        DuckDBConnection connection, JobRequest request, IReadOnlyList<IJobStep> steps, DateTimeOffset started, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var log = new JobRunLog(connection, clock);
        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var runId = log.Start(request, asOf);
        LogStarted(runId, request.JobName, request.Trigger, request.Attempt);
        int loaded = 0, skipped = 0;
        var failedFiles = new List<FileFailure>();
        var summaries = new List<string>();
        FailureKind? failure = null;
        string? failedStep = null;
        string? reason = null;
        Exception? error = null;
        for (var i = 0; i < steps.Count && failure is null; i++)
        {
            var step = steps[i];
            if (cancellationToken.IsCancellationRequested)
            {
                (failure, failedStep, reason) = (FailureKind.Cancelled, step.Name, "Stopped before this step started; nothing of it ran.");
                break;
            }

            log.StartStep(runId, i + 1, step.Name);
            StepResult? result = null;
            try
            {
                result = await step.RunAsync(new StepContext(connection, runId, request.JobName, asOf), cancellationToken);
                loaded += result.FilesLoaded;
                skipped += result.FilesSkipped;
                failedFiles.AddRange(result.Failures);
                summaries.Add($"{step.Name}: {result.Summary}");
                if (!result.Succeeded)
                {
                    (failure, failedStep) = (FailureKind.Data, step.Name);
                    reason = $"{result.Failures.Count} file(s) could not be loaded: " +
                        string.Join("; ", result.Failures.Select(f => f.Reason.StartsWith(f.File, StringComparison.Ordinal) ? f.Reason : $"{f.File}: {f.Reason}"));
                }
            }
            catch (Exception ex)
            {
                (failure, failedStep, error) = (FailureClassifier.Classify(ex, cancellationToken), step.Name, ex);
                reason = failure == FailureKind.Cancelled
                    ? "Stopped at a safe point when the host was asked to stop; nothing half-loaded was kept."
                    : FailureClassifier.Describe(ex);
            }

            log.FinishStep(runId, i + 1, JobRunLog.StepStatus(result, failure), failure is null ? result?.Summary : reason);
        }

        var status = failure switch
        {
            null => JobStatus.Succeeded,
            FailureKind.Cancelled => JobStatus.Cancelled,
            _ => JobStatus.Failed,
        };
        var message = failure is null
            ? string.Join("; ", summaries)
            : $"{failedStep} {(status == JobStatus.Cancelled ? "cancelled" : "failed")}: {reason}";
        var (read, rejected) = log.Finish(runId, status, failure, failedStep, message, loaded, skipped, failedFiles.Count);
        var outcome = new JobOutcome(request, runId, status, failure, failedStep, message, loaded, skipped, failedFiles, read, rejected, started, stopwatch.Elapsed)
        {
            Exception = error,
        };
        Report(outcome);
        return outcome;
    }

    private JobOutcome NotStarted(JobRequest request, DateTimeOffset started, TimeSpan elapsed, Exception exception, CancellationToken cancellationToken)
    {
        var failure = FailureClassifier.Classify(exception, cancellationToken);
        var outcome = failure == FailureKind.Cancelled
            ? JobOutcome.NotStarted(request, started, elapsed, JobStatus.Cancelled, failure, "Stopped while waiting for the warehouse; nothing ran.", exception)
            : JobOutcome.NotStarted(request, started, elapsed, JobStatus.Failed, failure, FailureClassifier.Describe(exception), exception);
        Report(outcome);
        return outcome;
    }

    private void Report(JobOutcome outcome)
    {
        switch (outcome.Status)
        {
            case JobStatus.Succeeded:
                LogSucceeded(outcome.RunId, outcome.Request.JobName, outcome.FilesLoaded, outcome.FilesSkipped, outcome.RowsRead, outcome.RowsRejected, outcome.Elapsed.TotalSeconds);
                break;
            case JobStatus.Cancelled:
                LogCancelled(outcome.RunId, outcome.Request.JobName, outcome.FailedStep ?? "-");
                break;
            case JobStatus.Failed when outcome.Failure == FailureKind.Transient:
                LogTransient(outcome.RunId, outcome.Request.JobName, outcome.Request.Attempt, outcome.Message);
                break;
            case JobStatus.Failed when outcome.Failure == FailureKind.Error:
                LogError(outcome.Exception, outcome.RunId, outcome.Request.JobName, outcome.Message);
                break;
            case JobStatus.Failed:
                LogDataFailure(outcome.RunId, outcome.Request.JobName, outcome.Message);
                break;
        }
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "{Job} fired ({Trigger}, attempt {Attempt})")]
    private partial void LogFiring(string job, string trigger, int attempt);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Run {RunId}: {Job} started ({Trigger}, attempt {Attempt})")]
    private partial void LogStarted(long runId, string job, string trigger, int attempt);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "Run {RunId}: {Job} succeeded: {FilesLoaded} file(s) loaded, {FilesSkipped} already loaded, {Rows} rows read, {Rejected} rejected, in {Seconds:F1} s")]
    private partial void LogSucceeded(long? runId, string job, int filesLoaded, int filesSkipped, long rows, long rejected, double seconds);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "Run {RunId}: {Job} cancelled at step {Step}; the warehouse is as the last completed load left it")]
    private partial void LogCancelled(long? runId, string job, string step);

    [LoggerMessage(EventId = 504, Level = LogLevel.Warning, Message = "Run {RunId}: {Job} attempt {Attempt} hit a transient failure and is handed back for a retry: {Reason}")]
    private partial void LogTransient(long? runId, string job, int attempt, string reason);

    [LoggerMessage(EventId = 505, Level = LogLevel.Error, Message = "Run {RunId}: {Job} failed and will not be retried: {Reason}")]
    private partial void LogError(Exception? exception, long? runId, string job, string reason);

    [LoggerMessage(EventId = 506, Level = LogLevel.Error, Message = "Run {RunId}: {Job} stopped on bad data, not retried: {Reason}")]
    private partial void LogDataFailure(long? runId, string job, string reason);

    [LoggerMessage(EventId = 507, Level = LogLevel.Information, Message = "{Job}: no scheduled time was missed while the host was down")]
    private partial void LogNothingMissed(string job);

    [LoggerMessage(EventId = 508, Level = LogLevel.Warning, Message = "{Job}: a scheduled time passed while the host was down; running it once now")]
    private partial void LogCatchingUp(string job);
}
