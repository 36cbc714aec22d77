namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>
/// Where failures are reported (section <c>Notifications</c>): a chat webhook, email, both or neither. The
/// webhook URL and the SMTP password are secrets: set them in the environment
/// (<c>COMPLAINTS_Notifications__Webhook__Url</c>, <c>COMPLAINTS_Notifications__Smtp__Password</c>).
/// </summary>
internal sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    public WebhookOptions Webhook { get; set; } = new();

    public SmtpOptions Smtp { get; set; } = new();
}
