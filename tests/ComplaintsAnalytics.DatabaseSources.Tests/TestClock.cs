using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

/// <summary>
/// A fake clock whose timers fire at once: a retry's back-off is recorded, not waited for, so the tests
/// can check the delays exactly without sleeping.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    private readonly List<TimeSpan> _delays = [];

    public TestClock(DateTimeOffset now)
        : base(now)
    {
    }

    /// <summary>Called at each back-off, before it ends (e.g. to release a lock the retry waits on).</summary>
    public Action<TimeSpan>? OnDelay { get; set; }

    public IReadOnlyList<TimeSpan> Delays => _delays;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        _delays.Add(dueTime);
        OnDelay?.Invoke(dueTime);
        var timer = base.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return timer;
    }
}
