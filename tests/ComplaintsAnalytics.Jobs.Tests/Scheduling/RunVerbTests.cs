using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Scheduling.Locking;
using ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

/// <summary><c>run &lt;job&gt;</c>, <c>runs</c> and <c>serve</c> from the command line.</summary>
public sealed class RunVerbTests
{
    [Fact]
    public void Run_loads_the_inbox_once_and_runs_shows_the_job_with_its_files_rows_and_rejects()
    {
        using var folder = new SchedulerFolder();
        var settings = folder.Settings();
        folder.Drop(SchedulerFolder.Fixture("case-system", "canonical-sample.csv"));
        folder.Drop(SchedulerFolder.Fixture("scheduling", "cases-missing-columns.csv"));

        var run = ServeProcess.Run(folder.Path, settings, "run", "importinbox", "--warehouse", folder.Warehouse);
        var runs = ServeProcess.Run(folder.Path, settings, "runs", "--format", "csv", "--warehouse", folder.Warehouse);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ImportInbox failed: 1 file(s) could not be loaded: cases-missing-columns.csv: its columns match none of the mapping profiles", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, runs.ExitCode);
        var lines = runs.StandardOutput.ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal("run,job,trigger,started_utc,took_s,files,files_failed,rows,rejects,status,failed_step,message", lines[0]);
        var row = Assert.Single(lines.Skip(1)).Split(',');
        Assert.Equal(["1", "ImportInbox", "manual"], row[..3]);
        Assert.Equal(["2", "1", "19", "12", "failed", "ImportInbox"], row[5..11]);
    }

    [Fact]
    public async Task Run_while_another_run_holds_the_warehouse_says_who_has_it_and_how_to_wait()
    {
        using var folder = new SchedulerFolder();
        var warehouse = new WarehouseLocation(folder.Warehouse);
        using var held = await new WarehouseLock(TimeProvider.System, NullLogger<WarehouseLock>.Instance)
            .AcquireAsync(warehouse, "Nightly (schedule) on reporting-01, process 4242, since 2025-03-04 02:30:00 UTC", TimeSpan.Zero, CancellationToken.None);

        var run = ServeProcess.Run(folder.Path, folder.Settings(), "run", "Nightly", "--warehouse", folder.Warehouse);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"The warehouse {folder.Warehouse} is in use by another run: Nightly (schedule) on reporting-01, process 4242, since 2025-03-04 02:30:00 UTC. " +
            "Run again when it has finished, or pass --wait 00:30:00 to wait for it.",
            System.Text.RegularExpressions.Regex.Replace(
                string.Join(' ', run.StandardError.ReplaceLineEndings("\n").Trim().Split('\n').SkipWhile(l => !l.StartsWith("The warehouse ", StringComparison.Ordinal))),
                @"\s+",
                " "));
    }

    [Fact]
    public void Run_with_an_unknown_job_lists_the_jobs()
    {
        using var folder = new SchedulerFolder();

        var run = ServeProcess.Run(folder.Path, folder.Settings(), "run", "Backup", "--warehouse", folder.Warehouse);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("There is no job \"Backup\". Jobs: Nightly (", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("ImportInbox (", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_with_an_unreadable_schedule_stops_at_once_with_one_line_per_problem()
    {
        using var folder = new SchedulerFolder();
        var settings = folder.Settings(cron: "at two");

        var serve = ServeProcess.Run(folder.Path, settings, "serve", "--warehouse", folder.Warehouse);

        Assert.Equal(1, serve.ExitCode);
        Assert.Equal(
            "Scheduler:Jobs:Nightly:Cron \"at two\" is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 2 * * ?\").",
            serve.StandardError.Trim());
    }
}
