using ComplaintsAnalytics.Etl.Warehouse;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Jobs.Scheduling.Locking;

/// <summary>
/// A warehouse-level lock, so that a manual run and a scheduled one (or two hosts) never load at the same
/// time: a file beside the warehouse opened with no sharing, which the operating system holds for exactly as
/// long as the run's handle is open and releases if the process dies. DuckDB only locks its file while a
/// connection is open; this lock also covers the moments between a run's steps and keeps a second host from
/// even trying. Who holds it is written beside it, for the message the next run gives.
/// </summary>
internal sealed partial class WarehouseLock(TimeProvider clock, ILogger<WarehouseLock> logger)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static string LockFilePath(WarehouseLocation warehouse) => Path.GetFullPath(warehouse.Value) + ".lock";

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> for a holder to finish; then throws
    /// <see cref="WarehouseBusyException"/> naming the holder.
    /// </summary>
    public async Task<WarehouseLease> AcquireAsync(WarehouseLocation warehouse, string holder, TimeSpan wait, CancellationToken cancellationToken)
    {
        var path = LockFilePath(warehouse);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = clock.GetUtcNow() + wait;
        var waiting = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryAcquire(path, holder) is { } lease)
            {
                return lease;
            }

            var current = CurrentHolder(path);
            if (clock.GetUtcNow() >= deadline)
            {
                throw new WarehouseBusyException($"The warehouse {warehouse.Value} is in use by another run: {current ?? "a run that did not say who it is"}.")
                {
                    Holder = current,
                };
            }

            if (!waiting)
            {
                LogWaiting(warehouse.Value, current ?? "another run", wait.TotalSeconds);
                waiting = true;
            }

            await Task.Delay(PollInterval, clock, cancellationToken);
        }
    }

    /// <summary>What the current holder wrote about itself, if anything.</summary>
    public static string? CurrentHolder(string lockFilePath)
    {
        try
        {
            return File.Exists(HolderFile(lockFilePath)) ? File.ReadAllText(HolderFile(lockFilePath)).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static WarehouseLease? TryAcquire(string path, string holder)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        File.WriteAllText(HolderFile(path), holder);
        return new WarehouseLease(stream, HolderFile(path));
    }

    private static string HolderFile(string lockFilePath) => lockFilePath + ".holder";

    [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "The warehouse {Warehouse} is in use by {Holder}; waiting up to {Seconds:F0} s for it")]
    private partial void LogWaiting(string warehouse, string holder, double seconds);
}
