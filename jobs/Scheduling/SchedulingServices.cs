using ComplaintsAnalytics.Jobs.Notifications;
using ComplaintsAnalytics.Jobs.Scheduling.Hosting;
using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using ComplaintsAnalytics.Jobs.Scheduling.Locking;
using ComplaintsAnalytics.Jobs.Scheduling.Marts;
using ComplaintsAnalytics.Jobs.Scheduling.Options;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.Jobs.Scheduling;

/// <summary>The scheduler's composition root: options, the job runner, the jobs of <see cref="JobCatalogue"/> and notifications.</summary>
internal static class SchedulingServices
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.SectionName)).ValidateOnStart();
        services.AddOptions<JobStoreOptions>().Bind(configuration.GetSection(JobStoreOptions.SectionName)).ValidateOnStart();
        services.AddOptions<RetryOptions>().Bind(configuration.GetSection(RetryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        services.AddSingleton<IValidateOptions<JobStoreOptions>, JobStoreOptionsValidator>();
        services.AddSingleton<IValidateOptions<RetryOptions>, RetryOptionsValidator>();

        services.AddSingleton<WarehouseLock>();
        services.AddSingleton<MissedRunCheck>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<MartRefresh>();
        foreach (var job in JobCatalogue.All)
        {
            services.AddTransient(job.JobType);
        }

        services.AddFailureNotifications(configuration);
        services.AddSingleton<FailureNotificationListener>();
        return services;
    }
}
