using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// The retry strategy of the Power BI client: 429 and 503 wait what Retry-After says; other transient
/// failures back off exponentially with jitter.
/// </summary>
internal static class PowerBIRetry
{
    public static HttpRetryStrategyOptions Create(PowerBIOptions options, TimeProvider timeProvider, ILogger logger) => new()
    {
        MaxRetryAttempts = Math.Max(1, options.MaxRetries),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        ShouldRetryAfterHeader = false,
        ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method)),
        DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter.Read(response, timeProvider) : null),
        OnRetry = args =>
        {
            var request = args.Context.GetRequestMessage();
            Log.RetryingRequest(
                logger,
                request?.Method.Method ?? "?",
                request?.RequestUri?.AbsolutePath ?? "?",
                args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name ?? "?",
                args.RetryDelay,
                args.AttemptNumber + 1);
            return default;
        },
    };

    /// <summary>
    /// Whether a failed attempt is worth another. A POST is not idempotent (rows would be added twice, a
    /// second dataset created), so it is retried only when the service said it did not take the request
    /// (429, 503, 408) or the connection failed before it was sent; reads, PUTs and DELETEs retry on any
    /// transient failure.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method)
    {
        if (outcome.Result is { } response)
        {
            var status = response.StatusCode;
            if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout)
            {
                return true;
            }

            return (int)status >= 500 && method != HttpMethod.Post;
        }

        return outcome.Exception switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
            HttpRequestException or TimeoutException => method != HttpMethod.Post,
            _ => false,
        };
    }
}
