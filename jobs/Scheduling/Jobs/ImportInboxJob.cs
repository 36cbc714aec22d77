using ComplaintsAnalytics.Jobs.Refresh;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>The <c>refresh</c> body as a job: every export in the inbox, matched to a profile by its columns, then moved.</summary>
[DisallowConcurrentExecution]
internal sealed class ImportInboxJob(JobRunner runner, InboxRefresh refresh, InboxOptions inbox) : IJob, IJobStep
{
    public const string JobName = "ImportInbox";

    public string Name => JobName;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        runner.ExecuteAsync(context, JobName, [this], cancellationToken);

    public ValueTask<StepResult> RunAsync(StepContext step, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(inbox.InboxPath))
        {
            throw new JobSetupException(
                $"The inbox folder {Path.GetFullPath(inbox.InboxPath)} does not exist. Create it, or set Inbox:InboxPath (COMPLAINTS_Inbox__InboxPath).");
        }

        var results = refresh.Run(step.Connection, inbox.InboxPath, InboxRefresh.LoadProfiles(inbox.ProfilesPath),
            moveFiles: true, force: false, progress: null, cancellationToken);
        return ValueTask.FromResult(StepResult.FromImports(results));
    }
}
