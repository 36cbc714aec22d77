using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Scheduling.Hosting;
using ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

public sealed class JobStoreConfigurationTests
{
    [Fact]
    public void The_SQL_Server_store_setting_builds_a_clustered_ADO_job_store_on_the_quartz_tables()
    {
        using var jobs = JobsTestServices.Build(new()
        {
            ["Scheduler:Store:Kind"] = "SqlServer",
            ["Scheduler:Store:ConnectionString"] = "Server=127.0.0.1,1;Database=complaints;User Id=scheduler;Password=not-used;TrustServerCertificate=true",
            ["Scheduler:Store:CheckinInterval"] = "00:00:05",
        });

        using var host = SchedulerHost.Build(jobs, new WarehouseLocation("unused.duckdb"), HostMode.Serve);

        var store = host.Services.GetRequiredService<IOptionsMonitor<AdoJobStoreOptions>>().Get(Options.DefaultName);
        var cluster = host.Services.GetRequiredService<IOptionsMonitor<ClusteringOptions>>().Get(Options.DefaultName);
        var scheduler = host.Services.GetRequiredService<IOptionsMonitor<QuartzSchedulerOptions>>().Get(Options.DefaultName);
        Assert.Equal("quartz.QRTZ_", store.TablePrefix);
        Assert.True(store.StoreJobDataAsStrings);
        Assert.Equal(SchemaProvisioning.Validate, store.SchemaProvisioning);
        Assert.True(cluster.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(5), cluster.CheckinInterval);
        Assert.Equal("ComplaintsAnalytics", scheduler.InstanceName);
        Assert.True(scheduler.GenerateInstanceId);
        Assert.Equal(ShutdownJobInterruption.WhenWaitingForJobs, scheduler.ShutdownJobInterruption);
    }

    [Fact]
    public void A_one_off_run_never_joins_the_cluster_even_when_serve_uses_SQL_Server()
    {
        using var jobs = JobsTestServices.Build(new()
        {
            ["Scheduler:Store:Kind"] = "SqlServer",
            ["Scheduler:Store:ConnectionString"] = "Server=127.0.0.1,1;Database=complaints;Integrated Security=true",
        });

        using var host = SchedulerHost.Build(jobs, new WarehouseLocation("unused.duckdb"), HostMode.RunOnce);

        var cluster = host.Services.GetRequiredService<IOptionsMonitor<ClusteringOptions>>().Get(Options.DefaultName);
        Assert.False(cluster.Enabled);
    }
}
