using System.Globalization;
using ComplaintsAnalytics.Jobs.Scheduling.Marts;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>Refreshes what the marts show that changes with the date alone, once per run.</summary>
[DisallowConcurrentExecution]
internal sealed class RefreshMartsJob(JobRunner runner, MartRefresh marts) : IJob, IJobStep
{
    public const string JobName = "RefreshMarts";

    public string Name => JobName;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        runner.ExecuteAsync(context, JobName, [this], cancellationToken);

    public ValueTask<StepResult> RunAsync(StepContext step, CancellationToken cancellationToken)
    {
        var changed = marts.Refresh(step.Connection, step.AsOf);
        return ValueTask.FromResult(StepResult.Done(
            string.Create(CultureInfo.InvariantCulture, $"open clocks as of {step.AsOf:yyyy-MM-dd}: {changed:N0} stage(s) changed status")));
    }
}
