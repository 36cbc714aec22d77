using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>Refuses, at start, a webhook that is not an http(s) URL or an SMTP setup missing its sender or recipients.</summary>
internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var failures = new List<string>();
        if (options.Webhook.Url is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            // The URL itself is a secret, so the message does not repeat it.
            failures.Add("Notifications:Webhook:Url must be an absolute http or https URL.");
        }

        var smtp = options.Smtp;
        if (!string.IsNullOrWhiteSpace(smtp.Host))
        {
            if (smtp.From is null || !MailAddress.TryCreate(smtp.From, out _))
            {
                failures.Add("Notifications:Smtp:From must be an email address when Notifications:Smtp:Host is set.");
            }

            if (smtp.To.Count == 0)
            {
                failures.Add("Notifications:Smtp:To needs at least one recipient when Notifications:Smtp:Host is set.");
            }

            failures.AddRange(smtp.To.Where(to => !MailAddress.TryCreate(to, out _)).Select(to => $"Notifications:Smtp:To: \"{to}\" is not an email address."));
            if (smtp.Port is < 1 or > 65535)
            {
                failures.Add("Notifications:Smtp:Port must be between 1 and 65535.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
