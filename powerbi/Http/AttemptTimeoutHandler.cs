namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// Bounds one HTTP attempt. It sits inside the retry handler, so a slow attempt is retried rather than
/// the whole call failing; HttpClient.Timeout is off because it would also cut Retry-After waits short.
/// This is a network timeout measured on the real clock, not logic that a fake clock should drive.
/// </summary>
internal sealed class AttemptTimeoutHandler(TimeSpan timeout) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            return await base.SendAsync(request, attempt.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Power BI did not answer {request.Method} {request.RequestUri?.AbsolutePath} within {timeout}.", exception);
        }
    }
}
