using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>A job the scheduler knows: the name used in configuration, <c>run &lt;job&gt;</c> and <c>etl.job_run</c>, and its class.</summary>
internal sealed record JobDefinition(string Name, Type JobType, string Description)
{
    public JobKey Key => new(Name);

    public static JobDefinition For<TJob>(string name, string description)
        where TJob : IJob => new(name, typeof(TJob), description);
}
