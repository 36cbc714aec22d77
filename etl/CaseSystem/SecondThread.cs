using System.Threading.Channels;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>One stage of the import's pipeline on a thread of its own, handing its items on through a bounded queue.</summary>
internal sealed class SecondThread<T> : IDisposable
{
    private readonly Channel<T> _channel;
    private readonly CancellationTokenSource _stop;
    private readonly Task _producer;

    private SecondThread(Func<IEnumerable<T>> source, int queuedItems, CancellationToken cancellationToken)
    {
        _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(queuedItems) { SingleReader = true, SingleWriter = true });
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stop = _stop.Token;
        var writer = _channel.Writer;
        // A thread of its own, not the thread pool's: the producers run for a whole file, and on two cores the pool adds
        // threads for waiting work only slowly, which stalled the next file's opening behind them.
        _producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var item in source())
                    {
                        stop.ThrowIfCancellationRequested();
                        while (!writer.TryWrite(item))
                        {
                            if (!writer.WaitToWriteAsync(stop).AsTask().GetAwaiter().GetResult())
                            {
                                return;
                            }
                        }
                    }

                    writer.Complete();
                }
                catch (Exception ex)
                {
                    writer.TryComplete(ex);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    /// <summary>
    /// Starts enumerating <paramref name="source"/> on a background thread now, up to <paramref name="queuedItems"/> items
    /// ahead of whoever reads <see cref="Items"/>.
    /// </summary>
    public static SecondThread<T> Start(Func<IEnumerable<T>> source, int queuedItems, CancellationToken cancellationToken) =>
        new(source, queuedItems, cancellationToken);

    /// <summary>What the background thread produced, as it comes; an exception there is rethrown here, where it was met.</summary>
    public IEnumerable<T> Items()
    {
        var items = _channel.Reader;
        while (items.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (items.TryRead(out var item))
            {
                yield return item;
            }
        }

        _producer.GetAwaiter().GetResult();
    }

    /// <summary>Stops the background thread if it is still producing, and waits for it.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _producer.GetAwaiter().GetResult();
        _stop.Dispose();
    }
}
