namespace ComplaintsAnalytics.PowerBI.Tests;

public sealed class PushRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2025, 11, 20, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_121st_request_in_a_minute_waits_for_the_first_to_leave_the_window()
    {
        var clock = new VirtualClock(Start);
        using var limiter = new PushRateLimiter(clock, requestsPerMinute: 120, rowsPerHour: 1_000_000);

        for (var i = 0; i < 120; i++)
        {
            Assert.Equal(TimeSpan.Zero, await limiter.AcquireAsync(1, tableIsLarge: false, CancellationToken.None));
        }

        Assert.Equal(TimeSpan.FromMinutes(1), await limiter.AcquireAsync(1, tableIsLarge: false, CancellationToken.None));
        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow());
    }

    [Fact]
    public async Task A_batch_that_would_pass_a_million_rows_in_the_hour_waits_for_the_oldest_to_leave()
    {
        var clock = new VirtualClock(Start);
        using var limiter = new PushRateLimiter(clock, requestsPerMinute: 120, rowsPerHour: 1_000_000);

        for (var i = 0; i < 100; i++)
        {
            await limiter.AcquireAsync(10_000, tableIsLarge: false, CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(1), clock);
        }

        // 1,000,000 rows went between 02:00:00 and 02:01:39; the next batch fits once the first leaves, at 03:00:00.
        await limiter.AcquireAsync(10_000, tableIsLarge: false, CancellationToken.None);
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public async Task Once_the_table_holds_250000_rows_requests_are_held_to_120_an_hour()
    {
        var clock = new VirtualClock(Start);
        using var limiter = new PushRateLimiter(clock, requestsPerMinute: 120, rowsPerHour: 1_000_000);

        for (var i = 0; i < 120; i++)
        {
            await limiter.AcquireAsync(100, tableIsLarge: i >= 25, CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(10), clock);
        }

        // 120 requests went from 02:00:00 to 02:19:50; the 121st waits until the first is an hour old.
        var waited = await limiter.AcquireAsync(100, tableIsLarge: true, CancellationToken.None);
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(40), waited);
    }
}
