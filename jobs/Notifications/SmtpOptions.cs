namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>An SMTP relay for failure emails (STARTTLS when <see cref="StartTls"/> is set, e.g. port 587).</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public bool StartTls { get; set; }

    public string? From { get; set; }

    public List<string> To { get; set; } = [];

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
