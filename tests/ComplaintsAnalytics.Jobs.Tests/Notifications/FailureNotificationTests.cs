using System.Net;
using System.Text.Json;
using ComplaintsAnalytics.Jobs.Notifications;
using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.Jobs.Tests.Notifications;

public sealed class FailureNotificationTests
{
    private static readonly FailureNotice Notice = new(
        "Nightly",
        42,
        "reporting-01",
        new DateTimeOffset(2025, 3, 4, 2, 30, 1, TimeSpan.Zero),
        0,
        "data",
        "ImportInbox",
        "ImportInbox failed: 1 file(s) could not be loaded: cases.csv: required column(s) missing: 'stage'.",
        [new FileFailure("cases.csv", "cases.csv: required column(s) missing: 'stage'.")],
        "Correct each file named above, put it back in the inbox, then run: complaints run Nightly");

    [Fact]
    public async Task The_webhook_gets_one_JSON_post_with_text_job_step_and_each_file_and_reason()
    {
        using var webhook = new LoopbackWebhook();
        using var services = NotificationTestServices.Build(new() { ["Notifications:Webhook:Url"] = webhook.Url.ToString() });

        var delivered = await services.GetRequiredService<FailureNotifier>().NotifyAsync(Notice, CancellationToken.None);

        Assert.Equal(1, delivered);
        var body = JsonDocument.Parse(Assert.Single(webhook.Bodies)).RootElement;
        Assert.Equal("Nightly", body.GetProperty("job").GetString());
        Assert.Equal(42, body.GetProperty("runId").GetInt64());
        Assert.Equal("ImportInbox", body.GetProperty("failedStep").GetString());
        Assert.Equal("data", body.GetProperty("kind").GetString());
        var file = Assert.Single(body.GetProperty("files").EnumerateArray().ToList());
        Assert.Equal("cases.csv", file.GetProperty("file").GetString());
        Assert.Equal("cases.csv: required column(s) missing: 'stage'.", file.GetProperty("reason").GetString());
        Assert.Equal(
            "Nightly failed at step ImportInbox (run 42, started 2025-03-04 02:30:01 UTC on reporting-01).\n" +
            "Reason (data): ImportInbox failed: 1 file(s) could not be loaded: cases.csv: required column(s) missing: 'stage'.\n" +
            "- cases.csv: cases.csv: required column(s) missing: 'stage'.\n" +
            "What to do: Correct each file named above, put it back in the inbox, then run: complaints run Nightly\n",
            body.GetProperty("text").GetString()!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_email_goes_from_the_configured_sender_to_every_recipient_with_the_job_and_step_in_the_subject()
    {
        using var sink = new LoopbackSmtpSink();
        using var services = NotificationTestServices.Build(new()
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:From"] = "complaints-warehouse@northbrook.example",
            ["Notifications:Smtp:To:0"] = "data-team@northbrook.example",
            ["Notifications:Smtp:To:1"] = "complaints-manager@northbrook.example",
        });

        var delivered = await services.GetRequiredService<FailureNotifier>().NotifyAsync(Notice, CancellationToken.None);

        Assert.Equal(1, delivered);
        var mail = Assert.Single(sink.Messages);
        Assert.Equal("<complaints-warehouse@northbrook.example>", mail.From);
        Assert.Equal(["<data-team@northbrook.example>", "<complaints-manager@northbrook.example>"], mail.To);
        Assert.Equal("ComplaintsAnalytics: Nightly failed at ImportInbox on reporting-01", mail.Header("Subject"));
        Assert.Contains("- cases.csv: cases.csv: required column(s) missing: 'stage'.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("then run: complaints run Nightly", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_that_refuses_the_post_does_not_stop_the_email()
    {
        using var webhook = new LoopbackWebhook(HttpStatusCode.InternalServerError);
        using var sink = new LoopbackSmtpSink();
        using var services = NotificationTestServices.Build(new()
        {
            ["Notifications:Webhook:Url"] = webhook.Url.ToString(),
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:From"] = "complaints-warehouse@northbrook.example",
            ["Notifications:Smtp:To:0"] = "data-team@northbrook.example",
        });

        var delivered = await services.GetRequiredService<FailureNotifier>().NotifyAsync(Notice, CancellationToken.None);

        Assert.Equal(1, delivered);
        Assert.Single(webhook.Bodies);
        Assert.Single(sink.Messages);
    }

    [Fact]
    public void Settings_that_cannot_deliver_are_refused_at_start_without_repeating_the_webhook_secret()
    {
        using var services = NotificationTestServices.Build(new()
        {
            ["Notifications:Webhook:Url"] = "ftp://hooks.example/secret-token",
            ["Notifications:Smtp:Host"] = "smtp.example",
            ["Notifications:Smtp:To:0"] = "not an address",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<NotificationOptions>>().Value);

        Assert.Equal(
            [
                "Notifications:Webhook:Url must be an absolute http or https URL.",
                "Notifications:Smtp:From must be an email address when Notifications:Smtp:Host is set.",
                "Notifications:Smtp:To: \"not an address\" is not an email address.",
            ],
            error.Failures);
        Assert.DoesNotContain("secret-token", error.Message, StringComparison.Ordinal);
    }
}
