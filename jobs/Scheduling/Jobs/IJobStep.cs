namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>
/// One step of a job: a name and one service call against the open warehouse. Throwing means the step failed
/// (the exception says whether it is worth retrying); returning a failed <see cref="StepResult"/> means bad
/// data, reported but never retried.
/// </summary>
internal interface IJobStep
{
    string Name { get; }

    ValueTask<StepResult> RunAsync(StepContext step, CancellationToken cancellationToken);
}
