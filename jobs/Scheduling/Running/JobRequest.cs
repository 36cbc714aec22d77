using System.Globalization;
using ComplaintsAnalytics.Etl.Warehouse;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>One firing of a job, as the runner needs it: why it started, which attempt, and the warehouse it loads.</summary>
internal sealed record JobRequest(
    string JobName,
    string Trigger,
    int Attempt,
    DateTimeOffset? ScheduledFor,
    string? FireInstanceId,
    WarehouseLocation Warehouse,
    TimeSpan LockWait)
{
    public static string HostName => Environment.MachineName;

    /// <summary>Who holds the warehouse, in words, for whoever finds it busy.</summary>
    public string Holder(DateTimeOffset since) =>
        string.Create(CultureInfo.InvariantCulture, $"{JobName} ({Trigger}) on {HostName}, process {Environment.ProcessId}, since {since:yyyy-MM-dd HH:mm:ss} UTC");

    public static JobRequest From(IJobExecutionContext context, string jobName, TimeSpan defaultLockWait)
    {
        var data = context.MergedJobDataMap;
        var trigger = context.Trigger.Key.Group == SchedulerConstants.StartupGroup ? TriggerKind.CatchUp
            : data.TryGetString(SchedulerConstants.ManualTrigger, out var manual) && manual == "true" ? TriggerKind.Manual
            : TriggerKind.Schedule;
        var lockWait = data.TryGetString(SchedulerContextKeys.LockWait, out var wait) && wait is not null
            ? TimeSpan.ParseExact(wait, "c", CultureInfo.InvariantCulture)
            : defaultLockWait;
        var warehouse = context.Scheduler.Context.TryGetValue(SchedulerContextKeys.Warehouse, out var value) && value is string path
            ? new WarehouseLocation(path)
            : throw new InvalidOperationException("The scheduler was started without a warehouse in its context.");
        return new JobRequest(jobName, trigger, context.RetryAttempt, context.ScheduledFireTimeUtc, context.FireInstanceId, warehouse, lockWait);
    }
}
