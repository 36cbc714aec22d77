using ComplaintsAnalytics.Jobs.Scheduling.Options;
using ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

public sealed class SchedulerOptionsTests
{
    [Fact]
    public void By_default_the_Nightly_chain_runs_at_half_past_two_London_time_on_the_in_memory_store()
    {
        using var services = JobsTestServices.Build([]);

        var schedule = services.GetRequiredService<IOptions<ScheduleOptions>>().Value;
        var store = services.GetRequiredService<IOptions<JobStoreOptions>>().Value;
        var retry = services.GetRequiredService<IOptions<RetryOptions>>().Value.ToPolicy();

        Assert.Equal("0 30 2 * * ?", Assert.Single(schedule.Jobs).Value.Cron);
        Assert.Equal("Europe/London", schedule.TimeZone);
        Assert.Equal(JobStoreKind.InMemory, store.Kind);
        Assert.Equal(3, retry.MaxAttempts);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], Enumerable.Range(1, 3).Select(retry.DelayFor));
    }

    [Fact]
    public void A_schedule_for_an_unknown_job_or_an_unreadable_cron_is_refused_at_start_naming_the_setting()
    {
        using var services = JobsTestServices.Build(new()
        {
            ["Scheduler:Jobs:Nightly:Cron"] = "every night at two",
            ["Scheduler:Jobs:Backup:Cron"] = "0 0 3 * * ?",
            ["Scheduler:TimeZone"] = "Narnia/Cair_Paravel",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ScheduleOptions>>().Value);

        Assert.Equal(
            [
                "Scheduler:Jobs:Nightly:Cron \"every night at two\" is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 2 * * ?\").",
                "Scheduler:Jobs:Backup: there is no job of that name (jobs: Nightly, ImportInbox, ImportPublicStatistics, PullSources, ClassifyThemes, RefreshMarts, PublishPowerBI).",
                "Scheduler:TimeZone \"Narnia/Cair_Paravel\" is not a time zone this machine knows (e.g. Europe/London).",
            ],
            error.Failures);
    }

    [Fact]
    public void A_SQL_Server_store_without_a_connection_string_is_refused_at_start()
    {
        using var services = JobsTestServices.Build(new() { ["Scheduler:Store:Kind"] = "SqlServer" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<JobStoreOptions>>().Value);

        Assert.Equal(["Scheduler:Store:Kind is SqlServer but Scheduler:Store:ConnectionString is empty; set COMPLAINTS_Scheduler__Store__ConnectionString."], error.Failures);
    }

    [Fact]
    public void Retrying_can_be_turned_off()
    {
        using var services = JobsTestServices.Build(new() { ["Scheduler:Retry:MaxAttempts"] = "0" });

        Assert.Equal(RetryPolicy.None, services.GetRequiredService<IOptions<RetryOptions>>().Value.ToPolicy());
    }
}
