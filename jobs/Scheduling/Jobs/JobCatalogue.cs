namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>The jobs <c>serve</c> schedules and <c>run &lt;job&gt;</c> runs, and the order of the Nightly chain.</summary>
internal static class JobCatalogue
{
    /// <summary>
    /// The Nightly chain, in the order it runs; each step is also a job of its own. A capability's step joins
    /// with one line here. Still to join when their services exist: ImportPublicStatistics (after
    /// ImportInbox), ClassifyThemes (before RefreshMarts) and PublishPowerBI (last).
    /// </summary>
    public static IReadOnlyList<JobDefinition> NightlySteps { get; } =
    [
        JobDefinition.For<ImportInboxJob>(ImportInboxJob.JobName, "Import every case-system export waiting in the inbox; move each to processed/ or failed/."),
        JobDefinition.For<RefreshMartsJob>(RefreshMartsJob.JobName, "Move open stages to 'open, overdue' as the run date passes their deadline; checkpoint the warehouse."),
    ];

    public static JobDefinition Nightly { get; } =
        JobDefinition.For<NightlyJob>(NightlyJob.JobName, "Every Nightly step in order, in one run; stops at the first step that fails.");

    public static IReadOnlyList<JobDefinition> All { get; } = [Nightly, .. NightlySteps];

    public static JobDefinition? Find(string name) =>
        All.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.OrdinalIgnoreCase));
}
