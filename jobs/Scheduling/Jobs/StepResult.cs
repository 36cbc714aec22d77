using ComplaintsAnalytics.Etl.CaseSystem;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>What a step did. Row counts are not here: they are summed from the runs the step recorded in <c>etl.run</c>.</summary>
internal sealed record StepResult(string Summary, int FilesLoaded = 0, int FilesSkipped = 0, IReadOnlyList<FileFailure>? FailedFiles = null)
{
    public IReadOnlyList<FileFailure> Failures => FailedFiles ?? [];

    /// <summary>False when some input was bad: the step is reported as failed, and not retried.</summary>
    public bool Succeeded => Failures.Count == 0;

    public static StepResult Done(string summary) => new(summary);

    /// <summary>The outcome of importing a folder of files: each file loaded, skipped as already loaded, or refused.</summary>
    public static StepResult FromImports(IReadOnlyList<ImportResult> results)
    {
        var loaded = results.Count(r => r.Status == ImportStatus.Succeeded);
        var skipped = results.Count(r => r.Status == ImportStatus.Skipped);
        var failures = results.Where(r => r.Status == ImportStatus.Failed)
            .Select(r => new FileFailure(r.FileName, r.Message ?? "the file could not be loaded"))
            .ToList();
        var summary = results.Count == 0
            ? "no files waiting"
            : $"{loaded} loaded, {skipped} already loaded, {failures.Count} failed";
        return new StepResult(summary, loaded, skipped, failures);
    }
}
