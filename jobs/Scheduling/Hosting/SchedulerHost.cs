using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Notifications;
using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using ComplaintsAnalytics.Jobs.Scheduling.Options;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Hosting;

/// <summary>
/// The scheduler host: Microsoft.Extensions.Hosting runs Quartz through its hosted service, with the
/// application's configuration and logging. Jobs are built from the same container as every verb (see
/// <see cref="JobsContainerJobFactory"/>). Stopping (SIGTERM, Ctrl+C, a service stop) asks running jobs to
/// stop at their next safe point and waits for them, up to <see cref="ScheduleOptions.ShutdownTimeout"/>.
/// </summary>
internal static class SchedulerHost
{
    /// <summary>Builds the host. Options are validated here, so a bad setting stops the host before anything runs.</summary>
    public static IHost Build(IServiceProvider jobs, WarehouseLocation warehouse, HostMode mode, Action<IQuartzBuilder>? configure = null)
    {
        var schedule = jobs.GetRequiredService<IOptions<ScheduleOptions>>().Value;
        var retry = jobs.GetRequiredService<IOptions<RetryOptions>>().Value;
        _ = jobs.GetRequiredService<IOptions<NotificationOptions>>().Value;

        // A one-off run never joins a cluster or touches the shared schedule.
        var store = mode == HostMode.Serve ? jobs.GetRequiredService<IOptions<JobStoreOptions>>().Value : new JobStoreOptions();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "complaints" });
        builder.Configuration.AddConfiguration(jobs.GetRequiredService<IConfiguration>());

        // The host logs through the application's logger factory: one configuration, one format, stderr.
        builder.Services.Replace(ServiceDescriptor.Singleton(jobs.GetRequiredService<ILoggerFactory>()));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = schedule.ShutdownTimeout);
        if (mode == HostMode.Serve)
        {
            // Each is inert unless the process was started by systemd or the Windows service manager.
            builder.Services.AddSystemd();
            if (OperatingSystem.IsWindows())
            {
                builder.Services.AddWindowsService(o => o.ServiceName = "ComplaintsAnalytics");
            }
        }

        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = store.InstanceName;
                scheduler.Context[SchedulerContextKeys.Warehouse] = warehouse.Value;

                // Stopping asks running jobs to stop at a safe point; the hosted service waits for them.
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.UseTimeProvider(jobs.GetRequiredService<TimeProvider>());
            quartz.UseJobFactory(new JobsContainerJobFactory(jobs));
            JobStoreSetup.Apply(quartz, store);
            quartz.UseDefaultRetryPolicy(mode == HostMode.Serve ? retry.ToPolicy() : RetryPolicy.None);
            foreach (var job in JobCatalogue.All)
            {
                quartz.AddJob(job.JobType, j => j.WithIdentity(job.Key).WithDescription(job.Description).StoreDurably());
            }

            if (mode == HostMode.Serve)
            {
                AddSchedules(quartz, schedule, store);
            }

            quartz.AddTriggerListener(jobs.GetRequiredService<FailureNotificationListener>(), []);
            configure?.Invoke(quartz);
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder.Build();
    }

    private static void AddSchedules(IQuartzBuilder quartz, ScheduleOptions schedule, JobStoreOptions store)
    {
        var timeZone = schedule.ResolveTimeZone();
        foreach (var (name, job) in schedule.Jobs.Where(j => j.Value.Enabled))
        {
            var definition = JobCatalogue.Find(name)!;
            quartz.AddTrigger(trigger => trigger
                .WithIdentity($"{definition.Name}.schedule")
                .ForJob(definition.Key)
                .WithDescription($"{definition.Name} on \"{job.Cron}\" ({timeZone.Id})")

                // A time missed while the scheduler was busy or (on the SQL Server store) down fires once, late,
                // rather than once per missed time or not at all.
                .WithCronSchedule(job.Cron!, cron => cron.InTimeZone(timeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

            // The in-memory store forgets its triggers on restart, so a night missed while the machine was off
            // is found in etl.run instead: the start-up firing runs the job only if a scheduled time was missed.
            if (store.Kind == JobStoreKind.InMemory && schedule.CatchUpMissedRuns)
            {
                quartz.RunAtStartup(definition.Key);
            }
        }
    }
}
