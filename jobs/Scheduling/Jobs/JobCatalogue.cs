namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>The jobs <c>serve</c> schedules and <c>run &lt;job&gt;</c> runs, and the order of the Nightly chain.</summary>
internal static class JobCatalogue
{
    /// <summary>
    /// The Nightly chain, in the order it runs; each step is also a job of its own. A capability's step joins
    /// with one line here.
    /// </summary>
    public static IReadOnlyList<JobDefinition> NightlySteps { get; } =
    [
        JobDefinition.For<ImportInboxJob>(ImportInboxJob.JobName, "Import every case-system export waiting in the inbox; move each to processed/ or failed/."),
        JobDefinition.For<ImportPublicStatisticsJob>(ImportPublicStatisticsJob.JobName, "Load the public statistics (DfE, Ombudsman, benchmark returns) waiting in their own inbox."),
        JobDefinition.For<PullSourcesJob>(PullSourcesJob.JobName, "Pull what changed from every enabled case-system database since its watermark."),
        JobDefinition.For<ClassifyThemesJob>(ClassifyThemesJob.JobName, "Give themes to complaint stages that have none, whose summary changed, or that an older model classified."),
        JobDefinition.For<RefreshMartsJob>(RefreshMartsJob.JobName, "Move open stages to 'open, overdue' as the run date passes their deadline; checkpoint the warehouse."),
        JobDefinition.For<PublishPowerBIJob>(PublishPowerBIJob.JobName, "Refresh or push the Power BI dataset, when Power BI is set up."),
    ];

    public static JobDefinition Nightly { get; } =
        JobDefinition.For<NightlyJob>(NightlyJob.JobName, "Every Nightly step in order, in one run; stops at the first step that fails.");

    public static IReadOnlyList<JobDefinition> All { get; } = [Nightly, .. NightlySteps];

    public static JobDefinition? Find(string name) =>
        All.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.OrdinalIgnoreCase));
}
