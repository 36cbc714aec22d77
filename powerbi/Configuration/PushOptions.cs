namespace ComplaintsAnalytics.PowerBI;

/// <summary>Settings of push-dataset uploads (section <c>PowerBI:Push</c>).</summary>
public sealed class PushOptions
{
    /// <summary>Name of the push dataset <c>powerbi push</c> creates and keeps in the workspace.</summary>
    public string DatasetName { get; set; } = "ComplaintsAnalytics (push)";

    /// <summary>The <c>mart</c> views to push, by name; empty pushes every view of the mart schema.</summary>
    public IList<string> Views { get; } = [];

    /// <summary>Rows in one POST rows request; the service accepts at most 10,000.</summary>
    public int BatchSize { get; set; } = PushLimits.MaxRowsPerRequest;

    /// <summary>POST rows requests in any minute for one dataset; the service accepts at most 120.</summary>
    public int RequestsPerMinute { get; set; } = PushLimits.MaxRequestsPerMinute;

    /// <summary>Rows added in any hour for one dataset; the service accepts at most 1,000,000.</summary>
    public int RowsPerHour { get; set; } = PushLimits.MaxRowsPerHour;

    /// <summary>Retention policy a new push dataset is created with.</summary>
    public PushRetentionPolicy RetentionPolicy { get; set; } = PushRetentionPolicy.None;
}
