using System.Text.RegularExpressions;
using ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;
using Dapper;
using Microsoft.Data.SqlClient;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

/// <summary>Quartz's clustered ADO job store on a real SQL Server (COMPLAINTS_SQLSERVER_TEST_CONNECTION), shared by two hosts.</summary>
public sealed partial class SqlServerClusterTests
{
    private static readonly string[] QuartzTablesChildrenFirst =
    [
        "QRTZ_SIMPLE_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS",
        "QRTZ_CALENDARS", "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_PAUSED_JOB_GRPS", "QRTZ_FIRED_TRIGGERS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS",
        "QRTZ_EXECUTION_HISTORY", "QRTZ_MISFIRE_HISTORY", "QRTZ_JOB_STATUS",
    ];

    [SqlServerFact]
    public void Two_hosts_sharing_the_SQL_Server_job_store_run_each_scheduled_time_once()
    {
        var connectionString = SqlServerFactAttribute.ConnectionString!;
        ApplyQuartzTables(connectionString);
        var instance = $"ComplaintsTests-{Guid.NewGuid():N}"[..30];
        using var folder = new SchedulerFolder();
        var settings = folder.Settings(cron: "0/1 * * * * ?");
        settings["Scheduler:Store:Kind"] = "SqlServer";
        settings["Scheduler:Store:ConnectionString"] = connectionString;
        settings["Scheduler:Store:InstanceName"] = instance;
        settings["Scheduler:Store:CheckinInterval"] = "00:00:02";
        try
        {
            using var first = ServeProcess.Start(folder.Path, folder.Warehouse, settings);
            using var second = ServeProcess.Start(folder.Path, folder.Warehouse, settings);
            first.WaitFor("Nightly succeeded", TimeSpan.FromSeconds(90));
            second.WaitFor("Scheduling Nightly", TimeSpan.FromSeconds(90));
            Thread.Sleep(TimeSpan.FromSeconds(8));
            Assert.Equal(0, first.Terminate(TimeSpan.FromSeconds(60)));
            Assert.Equal(0, second.Terminate(TimeSpan.FromSeconds(60)));

            var runs = WarehouseQuery.List<DateTime>(folder.Warehouse, "SELECT scheduled_for FROM etl.job_run WHERE trigger_kind = 'schedule'");
            Assert.True(runs.Count >= 4, $"Only {runs.Count} scheduled runs in 8 s.");
            Assert.Equal(runs.Count, runs.Distinct().Count());
        }
        finally
        {
            using var connection = new SqlConnection(connectionString);
            foreach (var table in QuartzTablesChildrenFirst)
            {
                connection.Execute($"DELETE FROM quartz.{table} WHERE SCHED_NAME = @instance", new { instance });
            }
        }
    }

    /// <summary>Runs the shipped script (embedded in the etl assembly with the rest of warehouse-sql/), batch by batch; it creates only what is missing.</summary>
    private static void ApplyQuartzTables(string connectionString)
    {
        var script = Etl.Warehouse.EmbeddedSql.Read("sqlserver/quartz/tables_sqlServer.sql");
        using var connection = new SqlConnection(connectionString);
        foreach (var batch in GoLine().Split(script).Where(b => !string.IsNullOrWhiteSpace(b)))
        {
            connection.Execute(batch);
        }
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
