using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>Emails the notice as plain text through the configured relay.</summary>
internal sealed class SmtpChannel(IOptions<NotificationOptions> options) : IFailureChannel
{
    public string Name => "email";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    public async Task SendAsync(FailureNotice notice, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(smtp.Timeout);
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.StartTls };
        if (smtp.UserName is not null)
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var message = new MailMessage { From = new MailAddress(smtp.From!), Subject = notice.Subject, Body = notice.ToText(), IsBodyHtml = false };
        foreach (var to in smtp.To)
        {
            message.To.Add(to);
        }

        await client.SendMailAsync(message, timeout.Token);
    }
}
