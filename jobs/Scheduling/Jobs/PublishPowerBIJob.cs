using ComplaintsAnalytics.Jobs.Scheduling.Running;
using ComplaintsAnalytics.PowerBI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>
/// Refreshes or pushes the Power BI dataset after the marts are fresh (issue 6's <see cref="PowerBIPublisher"/>).
/// A council without Power BI set up skips the step rather than failing the night.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PublishPowerBIJob(JobRunner runner, IServiceProvider services, IConfiguration configuration) : IJob, IJobStep
{
    public const string JobName = "PublishPowerBI";

    public string Name => JobName;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        runner.ExecuteAsync(context, JobName, [this], cancellationToken);

    public async ValueTask<StepResult> RunAsync(StepContext step, CancellationToken cancellationToken)
    {
        if (!PowerBIPublisher.IsConfigured(configuration))
        {
            return StepResult.Done("Power BI is not set up (section PowerBI); nothing published");
        }

        var result = await services.GetRequiredService<PowerBIPublisher>().PublishAsync(step.Connection, cancellationToken);
        return result.Succeeded
            ? StepResult.Done($"{result.Operation} of dataset {result.DatasetId}: {result.Outcome}, {result.RowsPushed:N0} rows pushed")
            : new StepResult($"{result.Operation} failed: {result.Outcome}", FailedFiles: [new FileFailure("Power BI", result.Message ?? result.Outcome)]);
    }
}
