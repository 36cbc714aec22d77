using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;
using Dapper;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

/// <summary>A host started after its nightly time passed (the machine was off) runs the job once at start-up, not once per missed night.</summary>
public sealed class CatchUpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Three_missed_nights_are_caught_up_by_one_run_at_start_up()
    {
        using var folder = new SchedulerFolder();
        var lastRun = DateTime.UtcNow.AddDays(-3);
        RecordEarlierNightly(folder, lastRun);
        var settings = folder.Settings(cron: "0 0 2 * * ?");
        settings["Scheduler:CatchUpMissedRuns"] = "true";
        folder.Drop(SchedulerFolder.Fixture("case-system", "canonical-sample.csv"));

        using var host = ServeProcess.Start(folder.Path, folder.Warehouse, settings);
        host.WaitFor("a scheduled time passed while the host was down; running it once now", Patience);
        host.WaitFor("Nightly succeeded: 1 file(s) loaded", Patience);
        Thread.Sleep(TimeSpan.FromSeconds(2));
        Assert.Equal(0, host.Terminate(Patience));

        Assert.Equal(
            [("schedule", "succeeded", 0), ("catch-up", "succeeded", 1)],
            WarehouseQuery.List<(string, string, int)>(folder.Warehouse,
                "SELECT j.trigger_kind, r.status, j.files_loaded FROM etl.job_run AS j JOIN etl.run AS r USING (run_id) ORDER BY run_id"));
    }

    [Fact]
    public void A_host_restarted_before_the_next_nightly_time_runs_nothing_at_start_up()
    {
        using var folder = new SchedulerFolder();
        RecordEarlierNightly(folder, DateTime.UtcNow.AddMinutes(-1));

        // Twelve hours from now, so that no scheduled time can fall in the minute since the earlier run
        // (at 02:00 a fixed 2 a.m. schedule did, and the test failed whenever it ran between 02:00 and 02:01).
        var hour = (DateTime.UtcNow.Hour + 12) % 24;
        var settings = folder.Settings(cron: $"0 0 {hour} * * ?");
        settings["Scheduler:CatchUpMissedRuns"] = "true";

        using var host = ServeProcess.Start(folder.Path, folder.Warehouse, settings);
        host.WaitFor("Nightly: no scheduled time was missed while the host was down", Patience);
        Assert.Equal(0, host.Terminate(Patience));

        Assert.Equal(1, WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT count(*) FROM etl.job_run"));
    }

    /// <summary>A Nightly run that completed at <paramref name="startedUtc"/>, as a host writes it.</summary>
    private static void RecordEarlierNightly(SchedulerFolder folder, DateTime startedUtc)
    {
        Assert.Equal(0, ComplaintsCli.Run(folder.Path, "migrate", "--warehouse", folder.Warehouse).ExitCode);
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(folder.Warehouse));
        var runId = connection.ExecuteScalar<long>(
            "INSERT INTO etl.run (kind, started_at, finished_at, status) VALUES ('job', $started, $finished, 'succeeded') RETURNING run_id",
            new { started = startedUtc, finished = startedUtc.AddSeconds(40) });
        connection.Execute(
            "INSERT INTO etl.job_run (run_id, job_name, trigger_kind, attempt, host_name, last_run_id) VALUES ($run_id, 'Nightly', 'schedule', 0, 'reporting-01', $run_id)",
            new { run_id = runId });
    }
}
