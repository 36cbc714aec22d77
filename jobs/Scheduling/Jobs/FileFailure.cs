namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>A file a step could not load, and why (the reason names columns or formats, never complaint text).</summary>
internal sealed record FileFailure(string File, string Reason);
