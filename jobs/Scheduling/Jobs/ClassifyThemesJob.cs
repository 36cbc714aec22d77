using ComplaintsAnalytics.Etl.Themes;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>
/// Gives themes to complaint stages that have none, whose summary changed, or that an older model
/// classified (issue 3's <see cref="ThemeAssignment"/>); officer coding wins, analysts' reviews are kept.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ClassifyThemesJob(JobRunner runner, ThemeAssignment themes) : IJob, IJobStep
{
    public const string JobName = "ClassifyThemes";

    public string Name => JobName;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        runner.ExecuteAsync(context, JobName, [this], cancellationToken);

    public ValueTask<StepResult> RunAsync(StepContext step, CancellationToken cancellationToken)
    {
        var result = themes.Assign(step.Connection, cancellationToken);
        return ValueTask.FromResult(StepResult.Done($"{result.Coded:N0} stage(s) coded from officers' categories, {result.Predicted:N0} predicted by the model"));
    }
}
