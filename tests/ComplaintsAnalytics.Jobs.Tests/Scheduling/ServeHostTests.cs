using ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

/// <summary>The real <c>serve</c> host, in processes of their own, on a cron schedule every two seconds.</summary>
public sealed class ServeHostTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Files_dropped_in_the_inbox_are_loaded_moved_and_recorded_once_although_two_hosts_serve_the_same_warehouse()
    {
        using var folder = new SchedulerFolder();
        File.Copy(SchedulerFolder.Fixture("case-system", "council-layout-profile.json"), Path.Combine(folder.Profiles, "council-layout-profile.json"));
        var settings = folder.Settings();
        using var first = ServeProcess.Start(folder.Path, folder.Warehouse, settings);
        using var second = ServeProcess.Start(folder.Path, folder.Warehouse, settings);
        first.WaitFor("Nightly fired (schedule", Patience);
        second.WaitFor("Nightly fired (schedule", Patience);

        folder.Drop(SchedulerFolder.Fixture("case-system", "canonical-sample.csv"));
        folder.Drop(SchedulerFolder.Fixture("case-system", "council-layout-sample.csv"));
        WaitUntil(() => File.Exists(Path.Combine(folder.Inbox, "processed", "council-layout-sample.csv"))
            && File.Exists(Path.Combine(folder.Inbox, "processed", "canonical-sample.csv")), first, second);
        var runsBefore = first.Count("succeeded:") + second.Count("succeeded:");
        WaitUntil(() => first.Count("succeeded:") + second.Count("succeeded:") >= runsBefore + 2, first, second);

        Assert.Equal(0, first.Terminate(Patience));
        Assert.Equal(0, second.Terminate(Patience));
        Assert.Empty(InboxWaiting(folder));
        Assert.Equal(
            [("canonical-sample.csv", "succeeded", 19L, 7L, 12L), ("council-layout-sample.csv", "succeeded", 7L, 6L, 1L)],
            WarehouseQuery.List<(string, string, long, long, long)>(folder.Warehouse,
                "SELECT regexp_extract(source_file, '[^/]+$'), status, rows_read, rows_loaded, rows_rejected FROM etl.run WHERE kind = 'cases' ORDER BY 1"));
        Assert.Equal(13, WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT (SELECT count(*) FROM dw.fact_complaint_stage) + (SELECT count(*) FROM dw.fact_representation)"));

        // The job run that loaded them says so, and both hosts ran Nightly without loading anything twice.
        // Rows read: 26 from the two files, and the 10 complaint stages the ClassifyThemes step read.
        Assert.Equal(
            [("Nightly", "schedule", "succeeded", 2, 0, 0, 36L, 13L)],
            WarehouseQuery.List<(string, string, string, int, int, int, long, long)>(folder.Warehouse,
                """
                SELECT j.job_name, j.trigger_kind, r.status, j.files_loaded, j.files_skipped, j.files_failed, r.rows_read, r.rows_rejected
                FROM etl.job_run AS j JOIN etl.run AS r USING (run_id) WHERE j.files_loaded > 0
                """));
        Assert.True(WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT count(*) FROM etl.job_run") >= 2);

        // A run that was under way when its host was stopped is cancelled, which is fine; none failed.
        Assert.Equal(0, WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT count(*) FROM etl.run WHERE status NOT IN ('succeeded', 'cancelled')"));
    }

    [Fact]
    public void Stopping_the_host_with_SIGTERM_mid_import_keeps_the_warehouse_as_it_was_marks_the_run_cancelled_and_the_next_run_loads_the_file()
    {
        const int rows = 300_000;
        using var folder = new SchedulerFolder();
        var big = folder.Combine("big-export.csv");
        ComplaintsAnalytics.Jobs.Bench.SyntheticCaseExport.WriteCsv(big, rows);
        var settings = folder.Settings();
        using var host = ServeProcess.Start(folder.Path, folder.Warehouse, settings);
        host.WaitFor("Nightly fired (schedule", Patience);
        folder.Drop(big);
        host.WaitFor("Read 50000 rows from big-export.csv", Patience);

        Assert.Equal(0, host.Terminate(Patience));

        Assert.Equal(["big-export.csv"], InboxWaiting(folder));
        Assert.Equal(0, WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT (SELECT count(*) FROM dw.fact_complaint_stage) + (SELECT count(*) FROM dw.fact_representation)"));
        var cancelledJob = WarehouseQuery.List<(long, string, string?, string?)>(folder.Warehouse,
            "SELECT r.run_id, r.status, j.failed_step, j.failure_kind FROM etl.run AS r JOIN etl.job_run AS j USING (run_id) WHERE j.files_loaded = 0 AND r.status <> 'succeeded'");
        var (jobRun, status, step, kind) = Assert.Single(cancelledJob);
        Assert.Equal(("cancelled", "ImportInbox", "cancelled"), (status, step, kind));
        Assert.Equal(
            [("cancelled", "Cancelled when the scheduler stopped; nothing it loaded was kept and the file stays in the inbox for the next run.")],
            WarehouseQuery.List<(string, string)>(folder.Warehouse, $"SELECT status, message FROM etl.run WHERE kind = 'cases' AND run_id > {jobRun}"));

        var rerun = ServeProcess.Run(folder.Path, settings, "run", "Nightly", "--warehouse", folder.Warehouse);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Empty(InboxWaiting(folder));
        Assert.Equal(rows, WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT rows_loaded FROM etl.run WHERE kind = 'cases' AND status = 'succeeded'"));
        Assert.Equal(rows, WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT (SELECT count(*) FROM dw.fact_complaint_stage) + (SELECT count(*) FROM dw.fact_representation)"));
        Assert.Equal(("manual", "succeeded", 1), WarehouseQuery.List<(string, string, int)>(folder.Warehouse,
            "SELECT j.trigger_kind, r.status, j.files_loaded FROM etl.job_run AS j JOIN etl.run AS r USING (run_id) ORDER BY run_id DESC LIMIT 1").Single());
    }

    [Fact]
    public void A_file_still_open_in_another_program_is_retried_after_a_back_off_and_then_loaded_without_a_notification()
    {
        using var folder = new SchedulerFolder();
        using var webhook = new Notifications.LoopbackWebhook();
        var settings = folder.Settings(cron: "0/10 * * * * ?");
        settings["Notifications:Webhook:Url"] = webhook.Url.ToString();
        var file = folder.Drop(SchedulerFolder.Fixture("case-system", "canonical-sample.csv"));
        var stillBeingWritten = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        using var host = ServeProcess.Start(folder.Path, folder.Warehouse, settings);
        host.WaitFor("hit a transient failure and is handed back for a retry", Patience);

        stillBeingWritten.Dispose();
        host.WaitFor("Nightly succeeded: 1 file(s) loaded", Patience);
        Assert.Equal(0, host.Terminate(Patience));

        var attempts = WarehouseQuery.List<(int Attempt, string Status, string? Kind, int Files, string Message)>(folder.Warehouse,
            "SELECT j.attempt, r.status, j.failure_kind, j.files_loaded, r.message FROM etl.job_run AS j JOIN etl.run AS r USING (run_id) ORDER BY run_id");
        Assert.Equal((0, "failed", "transient"), (attempts[0].Attempt, attempts[0].Status, attempts[0].Kind));
        Assert.Equal(
            "ImportInbox failed: canonical-sample.csv is still open in another program (being copied or saved?); it stays in the inbox for the next attempt.",
            attempts[0].Message);
        var loaded = Assert.Single(attempts, a => a.Files == 1);
        Assert.True(loaded.Attempt >= 1, $"The file was loaded by attempt {loaded.Attempt}, not by a retry.");
        Assert.Equal("succeeded", loaded.Status);
        Assert.Equal(1, WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT count(*) FROM etl.run WHERE kind = 'cases'"));
        Assert.Empty(webhook.Bodies);
    }

    [Fact]
    public void A_refused_file_is_not_retried_the_chain_stops_and_the_webhook_and_email_name_the_file_and_the_reason()
    {
        using var folder = new SchedulerFolder();
        using var webhook = new Notifications.LoopbackWebhook();
        using var sink = new Notifications.LoopbackSmtpSink();
        var settings = folder.Settings();
        settings["Notifications:Webhook:Url"] = webhook.Url.ToString();
        settings["Notifications:Smtp:Host"] = "127.0.0.1";
        settings["Notifications:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Notifications:Smtp:From"] = "complaints-warehouse@northbrook.example";
        settings["Notifications:Smtp:To:0"] = "data-team@northbrook.example";
        folder.Drop(SchedulerFolder.Fixture("scheduling", "cases-missing-columns.csv"));
        folder.Drop(SchedulerFolder.Fixture("case-system", "canonical-sample.csv"));
        using var host = ServeProcess.Start(folder.Path, folder.Warehouse, settings);
        host.WaitFor("stopped on bad data, not retried", Patience);
        host.WaitFor("sent by email", Patience);
        host.WaitFor("Nightly succeeded: 0 file(s) loaded", Patience, count: 2);

        Assert.Equal(0, host.Terminate(Patience));

        const string reason = "cases-missing-columns.csv: its columns match none of the mapping profiles (canonical columns). Add a profile for this layout to the profiles folder.";
        Assert.Equal(reason, File.ReadAllText(Path.Combine(folder.Inbox, "failed", "cases-missing-columns.csv.error.txt")).Trim());
        var failed = WarehouseQuery.List<(long, int, string, string, string)>(folder.Warehouse,
            "SELECT run_id, attempt, failed_step, failure_kind, r.message FROM etl.job_run JOIN etl.run AS r USING (run_id) WHERE r.status = 'failed'");
        var (runId, attempt, step, kind, message) = Assert.Single(failed);
        Assert.Equal((0, "ImportInbox", "data"), (attempt, step, kind));
        Assert.Equal($"ImportInbox failed: 1 file(s) could not be loaded: {reason}", message);
        Assert.Equal(0, WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT max(attempt) FROM etl.job_run"));

        // The chain stopped at the failed step: the marts were not refreshed by that run. The good file was loaded.
        Assert.Equal([("ImportInbox", "failed")], WarehouseQuery.List<(string, string)>(folder.Warehouse, $"SELECT step_name, status FROM etl.job_step WHERE run_id = {runId} ORDER BY step_no"));
        Assert.Equal(7, WarehouseQuery.Scalar<long>(folder.Warehouse, "SELECT (SELECT count(*) FROM dw.fact_complaint_stage) + (SELECT count(*) FROM dw.fact_representation)"));

        var post = Assert.Single(webhook.Bodies);
        Assert.Contains("\"file\":\"cases-missing-columns.csv\"", post, StringComparison.Ordinal);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(reason), post, StringComparison.Ordinal);
        var mail = Assert.Single(sink.Messages);
        Assert.StartsWith("ComplaintsAnalytics: Nightly failed at ImportInbox on ", mail.Header("Subject"), StringComparison.Ordinal);
        Assert.Contains($"- cases-missing-columns.csv: {reason}", mail.Body, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> InboxWaiting(SchedulerFolder folder) =>
        [.. Directory.EnumerateFiles(folder.Inbox).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static void WaitUntil(Func<bool> condition, params ServeProcess[] hosts)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out; host logs:" + Environment.NewLine + string.Join(Environment.NewLine, hosts.Select(h => h.Log)));
            Thread.Sleep(100);
        }
    }
}
