using ComplaintsAnalytics.Jobs.Notifications;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Hosting;

/// <summary>
/// Tells people when a run has failed for good: after Quartz has decided there is no retry to come (bad data
/// and errors are never retried; a transient failure is reported once its back-off runs out). Cancellations
/// are an operator's decision and are not reported.
/// </summary>
internal sealed class FailureNotificationListener(FailureNotifier notifier) : ITriggerListener
{
    public string Name => "complaints-failure-notifications";

    public async ValueTask TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default)
    {
        if (triggerInstructionCode != SchedulerInstruction.RetryTrigger && context.Result is JobOutcome { Failed: true } outcome)
        {
            // The scheduler's own token may already be cancelled on shutdown; a notice still has to go out.
            await notifier.NotifyAsync(FailureNotice.From(outcome), CancellationToken.None);
        }
    }
}
