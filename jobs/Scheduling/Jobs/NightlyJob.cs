using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>The Nightly chain: the steps of <see cref="JobCatalogue.NightlySteps"/> in order, in one run that holds the warehouse throughout.</summary>
[DisallowConcurrentExecution]
internal sealed class NightlyJob(JobRunner runner, IServiceProvider services) : IJob
{
    public const string JobName = "Nightly";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        runner.ExecuteAsync(context, JobName, Steps(services), cancellationToken);

    public static IReadOnlyList<IJobStep> Steps(IServiceProvider services) =>
        [.. JobCatalogue.NightlySteps.Select(step => (IJobStep)services.GetRequiredService(step.JobType))];
}
