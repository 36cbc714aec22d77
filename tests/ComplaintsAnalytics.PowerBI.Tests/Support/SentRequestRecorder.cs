using System.Collections.Concurrent;

namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>The innermost handler: notes every attempt (retries included) at its virtual time.</summary>
internal sealed class SentRequestRecorder(TimeProvider clock, ConcurrentQueue<SentRequest> sent) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        sent.Enqueue(new SentRequest(request.Method.Method, request.RequestUri!.PathAndQuery, clock.GetUtcNow()));
        return base.SendAsync(request, cancellationToken);
    }
}
