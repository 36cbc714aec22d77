using System.Net;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>Reads the wait that a 429 or 503 response asks for in its Retry-After header.</summary>
internal static class RetryAfter
{
    /// <summary>The wait asked for, or null when the response is not a 429/503 or gives none.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
