namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>An incoming webhook (Teams, Slack, or anything that takes a JSON POST with a <c>text</c> field).</summary>
internal sealed class WebhookOptions
{
    public Uri? Url { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
