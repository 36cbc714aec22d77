using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Extensibility;

namespace ComplaintsAnalytics.Jobs.Scheduling.Hosting;

/// <summary>
/// Builds each firing's job from the application's own container (the one every verb uses), in a scope of
/// its own, so a scheduled run and <c>run &lt;job&gt;</c> construct exactly the same job and services.
/// </summary>
internal sealed class JobsContainerJobFactory(IServiceProvider jobs) : IJobFactory
{
    public ValueTask<JobScope> CreateJob(TriggerFiredBundle bundle, IScheduler scheduler, CancellationToken cancellationToken)
    {
        var scope = jobs.CreateAsyncScope();
        try
        {
            var job = (IJob)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, bundle.JobDetail.JobType.Type);
            return ValueTask.FromResult(new JobScope(job, scope));
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    public ValueTask ReturnJob(JobScope scope, CancellationToken cancellationToken) =>
        scope.State is AsyncServiceScope serviceScope ? serviceScope.DisposeAsync() : ValueTask.CompletedTask;
}
