using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Scheduling.Locking;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

public sealed class WarehouseLockTests
{
    private readonly WarehouseLock _lock = new(TimeProvider.System, NullLogger<WarehouseLock>.Instance);

    [Fact]
    public async Task A_second_run_that_will_not_wait_is_told_who_holds_the_warehouse()
    {
        using var folder = new TemporaryFolder();
        var warehouse = new WarehouseLocation(folder.Combine("w.duckdb"));
        using var first = await _lock.AcquireAsync(warehouse, "Nightly (schedule) on reporting-01", TimeSpan.Zero, CancellationToken.None);

        var busy = await Assert.ThrowsAsync<WarehouseBusyException>(() => _lock.AcquireAsync(warehouse, "ImportInbox (manual)", TimeSpan.Zero, CancellationToken.None));

        Assert.Equal($"The warehouse {warehouse.Value} is in use by another run: Nightly (schedule) on reporting-01.", busy.Message);
    }

    [Fact]
    public async Task A_second_run_that_waits_gets_the_warehouse_when_the_first_lets_go()
    {
        using var folder = new TemporaryFolder();
        var warehouse = new WarehouseLocation(folder.Combine("w.duckdb"));
        var first = await _lock.AcquireAsync(warehouse, "first", TimeSpan.Zero, CancellationToken.None);

        var second = _lock.AcquireAsync(warehouse, "second", TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.False(second.IsCompleted);
        first.Dispose();
        using var lease = await second;

        Assert.Equal("second", WarehouseLock.CurrentHolder(WarehouseLock.LockFilePath(warehouse)));
    }

    [Fact]
    public async Task Waiting_for_the_warehouse_stops_when_the_host_stops()
    {
        using var folder = new TemporaryFolder();
        var warehouse = new WarehouseLocation(folder.Combine("w.duckdb"));
        using var first = await _lock.AcquireAsync(warehouse, "first", TimeSpan.Zero, CancellationToken.None);
        using var stop = new CancellationTokenSource();

        var second = _lock.AcquireAsync(warehouse, "second", TimeSpan.FromMinutes(10), stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
    }
}
