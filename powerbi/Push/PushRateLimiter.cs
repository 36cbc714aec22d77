namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// Holds one push dataset to the service's POST rows limits: requests in any minute, rows in any hour,
/// and 120 requests an hour once the table holds 250,000 rows. Waits on the injected clock.
/// </summary>
internal sealed class PushRateLimiter(TimeProvider timeProvider, int requestsPerMinute, int rowsPerHour) : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Queue<DateTimeOffset> _requests = new();
    private readonly Queue<(DateTimeOffset At, int Rows)> _rows = new();
    private readonly Queue<DateTimeOffset> _hourRequests = new();
    private long _rowsInHour;

    /// <summary>Waits until a request of <paramref name="rows"/> rows may go, records it, and gives the time waited.</summary>
    public async Task<TimeSpan> AcquireAsync(int rows, bool tableIsLarge, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var waited = TimeSpan.Zero;
            while (true)
            {
                var now = timeProvider.GetUtcNow();
                Forget(now);
                var wait = WaitNeeded(now, rows, tableIsLarge);
                if (wait <= TimeSpan.Zero)
                {
                    _requests.Enqueue(now);
                    _rows.Enqueue((now, rows));
                    _rowsInHour += rows;
                    _hourRequests.Enqueue(now);

                    return waited;
                }

                await Task.Delay(wait, timeProvider, cancellationToken);
                waited += wait;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private TimeSpan WaitNeeded(DateTimeOffset now, int rows, bool tableIsLarge)
    {
        var wait = TimeSpan.Zero;
        if (_requests.Count >= requestsPerMinute)
        {
            wait = Max(wait, _requests.ElementAt(_requests.Count - requestsPerMinute) + Minute - now);
        }

        // Counts every request of the hour, not only those made since the table grew: the safe reading.
        if (tableIsLarge && _hourRequests.Count >= PushLimits.LargeTableRequestsPerHour)
        {
            wait = Max(wait, _hourRequests.ElementAt(_hourRequests.Count - PushLimits.LargeTableRequestsPerHour) + Hour - now);
        }

        if (_rowsInHour + rows > rowsPerHour)
        {
            // Wait until enough of the oldest batches leave the hour for this one to fit.
            var excess = _rowsInHour + rows - rowsPerHour;
            foreach (var (at, count) in _rows)
            {
                excess -= count;
                if (excess <= 0)
                {
                    wait = Max(wait, at + Hour - now);
                    break;
                }
            }
        }

        return wait;
    }

    private void Forget(DateTimeOffset now)
    {
        while (_requests.Count > 0 && _requests.Peek() + Minute <= now)
        {
            _requests.Dequeue();
        }

        while (_hourRequests.Count > 0 && _hourRequests.Peek() + Hour <= now)
        {
            _hourRequests.Dequeue();
        }

        while (_rows.Count > 0 && _rows.Peek().At + Hour <= now)
        {
            _rowsInHour -= _rows.Dequeue().Rows;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
