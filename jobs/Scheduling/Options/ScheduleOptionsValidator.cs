using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Options;

/// <summary>Refuses, at start, a schedule that names an unknown job, a cron expression Quartz cannot read, or an unknown time zone.</summary>
internal sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var failures = new List<string>();
        foreach (var (job, schedule) in options.Jobs)
        {
            if (JobCatalogue.Find(job) is null)
            {
                failures.Add($"Scheduler:Jobs:{job}: there is no job of that name (jobs: {string.Join(", ", JobCatalogue.All.Select(j => j.Name))}).");
            }

            if (schedule.Enabled && string.IsNullOrWhiteSpace(schedule.Cron))
            {
                failures.Add($"Scheduler:Jobs:{job}:Cron is empty; give a cron expression such as \"0 0 2 * * ?\" or set Enabled to false.");
            }
            else if (schedule.Enabled && !CronExpression.TryParse(schedule.Cron!, out _))
            {
                failures.Add($"Scheduler:Jobs:{job}:Cron \"{schedule.Cron}\" is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 2 * * ?\").");
            }
        }

        try
        {
            options.ResolveTimeZone();
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            failures.Add($"Scheduler:TimeZone \"{options.TimeZone}\" is not a time zone this machine knows (e.g. Europe/London).");
        }

        if (options.LockWait < TimeSpan.Zero)
        {
            failures.Add("Scheduler:LockWait cannot be negative.");
        }

        if (options.ShutdownTimeout <= TimeSpan.Zero)
        {
            failures.Add("Scheduler:ShutdownTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
