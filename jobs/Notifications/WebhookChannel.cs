using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>
/// POSTs the notice as JSON to an incoming webhook. <c>text</c> is what Teams and Slack show; the other fields
/// are there for a flow or script that routes on them.
/// </summary>
internal sealed class WebhookChannel(IHttpClientFactory httpClients, IOptions<NotificationOptions> options) : IFailureChannel
{
    public const string HttpClientName = "notifications-webhook";

    public string Name => "webhook";

    public bool IsConfigured => options.Value.Webhook.Url is not null;

    public async Task SendAsync(FailureNotice notice, CancellationToken cancellationToken)
    {
        var webhook = options.Value.Webhook;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(webhook.Timeout);
        var body = new
        {
            text = notice.ToText(),
            title = notice.Subject,
            job = notice.Job,
            runId = notice.RunId,
            host = notice.Host,
            started = notice.Started,
            failedStep = notice.FailedStep,
            kind = notice.Kind,
            reason = notice.Reason,
            files = notice.Files.Select(f => new { file = f.File, reason = f.Reason }),
            whatToDo = notice.WhatToDo,
        };
        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsJsonAsync(webhook.Url, body, timeout.Token);
        response.EnsureSuccessStatusCode();
    }
}
