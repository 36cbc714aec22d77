using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

public sealed class JobCatalogueTests
{
    [Fact]
    public void The_Nightly_chain_imports_the_inbox_then_refreshes_the_marts()
    {
        Assert.Equal(["ImportInbox", "ImportPublicStatistics", "PullSources", "ClassifyThemes", "RefreshMarts", "PublishPowerBI"], JobCatalogue.NightlySteps.Select(s => s.Name));
        Assert.Equal(["Nightly", "ImportInbox", "ImportPublicStatistics", "PullSources", "ClassifyThemes", "RefreshMarts", "PublishPowerBI"], JobCatalogue.All.Select(s => s.Name));
    }

    [Fact]
    public void Every_job_refuses_to_run_twice_at_once_and_every_step_is_a_job_of_its_own()
    {
        Assert.All(JobCatalogue.All, job => Assert.True(
            Attribute.IsDefined(job.JobType, typeof(DisallowConcurrentExecutionAttribute)), $"{job.Name} lacks [DisallowConcurrentExecution]"));
        Assert.All(JobCatalogue.NightlySteps, step => Assert.True(typeof(IJobStep).IsAssignableFrom(step.JobType) && typeof(IJob).IsAssignableFrom(step.JobType)));
    }

    [Fact]
    public void Job_names_are_found_whatever_their_case()
    {
        Assert.Same(JobCatalogue.Nightly, JobCatalogue.Find("nightly"));
        Assert.Null(JobCatalogue.Find("Backup"));
    }
}
