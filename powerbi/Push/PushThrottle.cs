using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// The push rate limits' memory, one limiter per dataset, shared by every <see cref="PowerBIClient"/>
/// in the process (the typed client itself is short-lived). Registered as a singleton.
/// </summary>
public sealed class PushThrottle : IDisposable
{
    private readonly ConcurrentDictionary<string, PushRateLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _timeProvider;
    private readonly PushOptions _options;

    /// <summary>Creates the throttle on the given clock and <c>PowerBI:Push</c> settings.</summary>
    public PushThrottle(TimeProvider timeProvider, IOptions<PowerBIOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider;
        _options = options.Value.Push;
    }

    /// <summary>Disposes the limiters.</summary>
    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

    internal PushRateLimiter For(string datasetId) =>
        _limiters.GetOrAdd(datasetId, _ => new PushRateLimiter(_timeProvider, _options.RequestsPerMinute, _options.RowsPerHour));
}
