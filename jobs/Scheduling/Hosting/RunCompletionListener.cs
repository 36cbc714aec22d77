using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Hosting;

/// <summary>Completes when the one firing <c>run &lt;job&gt;</c> asked for is over (retries included).</summary>
internal sealed class RunCompletionListener : ITriggerListener, ISchedulerListener
{
    private readonly TaskCompletionSource<JobOutcome?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "complaints-run-once";

    public Task<JobOutcome?> Completion => _completion.Task;

    public ValueTask TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default)
    {
        if (triggerInstructionCode != SchedulerInstruction.RetryTrigger)
        {
            _completion.TrySetResult(context.Result as JobOutcome);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask SchedulerError(IScheduler scheduler, SchedulerErrorContext errorContext, CancellationToken cancellationToken = default)
    {
        // The job could not even be built, so no trigger will complete; waiting would wait for ever. (A job
        // that threw is reported here too, but its trigger still completes with the outcome.)
        if (errorContext.Exception is JobInstantiationException)
        {
            _completion.TrySetException(errorContext.Exception);
        }

        return ValueTask.CompletedTask;
    }
}
