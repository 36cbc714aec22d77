using System.Globalization;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Hosting;

/// <summary>
/// Runs one job once through the same scheduler, job classes and runner as <c>serve</c>, on an in-memory
/// scheduler of its own. Ctrl+C or SIGTERM stops it at a safe point, as it stops the host.
/// </summary>
internal static class JobLauncher
{
    /// <summary>The run's outcome, or null when the process was asked to stop before the job started.</summary>
    public static JobOutcome? RunOnce(IServiceProvider jobs, WarehouseLocation warehouse, JobDefinition job, TimeSpan lockWait)
    {
        var completion = new RunCompletionListener();
        using var host = SchedulerHost.Build(jobs, warehouse, HostMode.RunOnce, quartz =>
        {
            quartz.AddTriggerListener(completion, []);
            quartz.AddSchedulerListener(completion);
        });
        host.Start();
        var scheduler = host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask().GetAwaiter().GetResult();
        var data = new JobDataMap { [SchedulerContextKeys.LockWait] = lockWait.ToString("c", CultureInfo.InvariantCulture) };
        scheduler.TriggerJob(job.Key, data).AsTask().GetAwaiter().GetResult();
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            completion.Completion.Wait(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: stopping the host below cancels the job and waits for its safe point.
        }

        host.StopAsync().GetAwaiter().GetResult();
        return completion.Completion.IsCompletedSuccessfully ? completion.Completion.Result : null;
    }
}
