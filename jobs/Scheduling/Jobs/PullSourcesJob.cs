using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.DatabaseSources;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>Pulls what changed from every enabled case-system database (issue 9's <see cref="SourcePuller"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class PullSourcesJob(JobRunner runner, SourcePuller puller) : IJob, IJobStep
{
    public const string JobName = "PullSources";

    public string Name => JobName;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        runner.ExecuteAsync(context, JobName, [this], cancellationToken);

    public ValueTask<StepResult> RunAsync(StepContext step, CancellationToken cancellationToken)
    {
        var results = puller.PullAll(step.Connection, cancellationToken);
        var failures = results.Where(r => r.Status == ImportStatus.Failed)
            .Select(r => new FileFailure(r.Source, r.Message ?? "the pull failed"))
            .ToList();
        var summary = results.Count == 0
            ? "no database sources are enabled"
            : $"{results.Count(r => r.Status == ImportStatus.Succeeded)} source(s) pulled, {failures.Count} failed; {results.Sum(r => r.Loaded):N0} rows new, {results.Sum(r => r.Updated):N0} updated";
        return ValueTask.FromResult(new StepResult(summary, FailedFiles: failures));
    }
}
