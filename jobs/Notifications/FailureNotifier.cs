using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>
/// Sends a notice through every configured channel. A channel that cannot deliver is logged and the others
/// still get it: the run's outcome is already in <c>etl.run</c>, and a broken webhook must not hide it.
/// </summary>
internal sealed partial class FailureNotifier(IEnumerable<IFailureChannel> channels, ILogger<FailureNotifier> logger)
{
    public async Task<int> NotifyAsync(FailureNotice notice, CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var channel in channels.Where(c => c.IsConfigured))
        {
            try
            {
                await channel.SendAsync(notice, cancellationToken);
                delivered++;
                LogSent(channel.Name, notice.Job, notice.RunId);
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Net.Mail.SmtpException or IOException or OperationCanceledException or InvalidOperationException)
            {
                // The exception message names host and port at most, never the webhook URL or a password.
                LogNotSent(channel.Name, notice.Job, notice.RunId, ex.GetType().Name, ex.Message);
            }
        }

        if (delivered == 0 && !channels.Any(c => c.IsConfigured))
        {
            LogNoChannel(notice.Job, notice.RunId);
        }

        return delivered;
    }

    [LoggerMessage(EventId = 550, Level = LogLevel.Information, Message = "Failure of {Job} (run {RunId}) sent by {Channel}")]
    private partial void LogSent(string channel, string job, long? runId);

    [LoggerMessage(EventId = 551, Level = LogLevel.Error, Message = "Failure of {Job} (run {RunId}) could not be sent by {Channel}: {Error}: {Reason}")]
    private partial void LogNotSent(string channel, string job, long? runId, string error, string reason);

    [LoggerMessage(EventId = 552, Level = LogLevel.Warning, Message = "Failure of {Job} (run {RunId}): no webhook or SMTP is configured under Notifications, so only the log and etl.run say so")]
    private partial void LogNoChannel(string job, long? runId);
}
