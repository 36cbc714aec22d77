namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>Why a job run started, as <c>etl.job_run.trigger_kind</c> records it.</summary>
internal static class TriggerKind
{
    /// <summary>Its cron schedule came due (or a missed time fired late under the trigger's misfire rule).</summary>
    public const string Schedule = "schedule";

    /// <summary>A person ran it: <c>run &lt;job&gt;</c>.</summary>
    public const string Manual = "manual";

    /// <summary>The host started after a scheduled time passed while it was down.</summary>
    public const string CatchUp = "catch-up";
}
