using ComplaintsAnalytics.Jobs.Scheduling.Options;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>
/// Whether a scheduled time of a job passed while no host was running: the last run that completed (succeeded,
/// or failed for a reason a retry would not have cured) is read back from <c>etl.run</c>, and if the job's
/// cron came due after it, one run is owed. However many nights were missed, one run catches up.
/// </summary>
internal sealed class MissedRunCheck(IOptions<ScheduleOptions> schedule, TimeProvider clock)
{
    public bool WasMissed(DuckDBConnection connection, string jobName)
    {
        var options = schedule.Value;
        if (!options.Jobs.TryGetValue(jobName, out var job) || !job.Enabled || job.Cron is null)
        {
            return false;
        }

        var lastStarted = LastCompletedStart(connection, jobName);
        if (lastStarted is null)
        {
            // Never run here: nothing was missed that anyone was promised.
            return false;
        }

        var cron = new CronExpression(job.Cron, options.ResolveTimeZone());
        var due = cron.GetNextValidTimeAfter(new DateTimeOffset(DateTime.SpecifyKind(lastStarted.Value, DateTimeKind.Utc)));
        return due is { } next && next <= clock.GetUtcNow();
    }

    public static DateTime? LastCompletedStart(DuckDBConnection connection, string jobName) =>
        connection.ExecuteScalar<DateTime?>(
            """
            SELECT max(r.started_at)
            FROM etl.run AS r
            JOIN etl.job_run AS j ON j.run_id = r.run_id
            WHERE j.job_name = $job_name
              AND (r.status = 'succeeded' OR (r.status = 'failed' AND j.failure_kind IS DISTINCT FROM 'transient'))
            """,
            new { job_name = jobName });
}
