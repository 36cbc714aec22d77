using ComplaintsAnalytics.Jobs.Refresh;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>Loads the public statistics waiting in their own inbox (setting <c>Inbox:StatisticsPath</c>).</summary>
[DisallowConcurrentExecution]
internal sealed class ImportPublicStatisticsJob(JobRunner runner, PublicStatisticsInbox inbox, InboxOptions options) : IJob, IJobStep
{
    public const string JobName = "ImportPublicStatistics";

    public string Name => JobName;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        runner.ExecuteAsync(context, JobName, [this], cancellationToken);

    public ValueTask<StepResult> RunAsync(StepContext step, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StepResult.FromImports(inbox.Run(step.Connection, options.StatisticsPath, cancellationToken)));
}
