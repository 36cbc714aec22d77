using System.Threading.Channels;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>One stage of the import's pipeline on a thread of its own, handing its items on through a bounded queue.</summary>
internal static class SecondThread
{
    private const int QueuedItems = 1_024;

    /// <summary>
    /// Enumerates <paramref name="source"/> on a background thread while the caller consumes what it has produced so far;
    /// an exception there is rethrown here, at the point the caller reaches it. At most 1,024 items wait in between.
    /// </summary>
    public static IEnumerable<T> Run<T>(Func<IEnumerable<T>> source, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(QueuedItems) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var item in source())
                    {
                        await channel.Writer.WriteAsync(item, cancellationToken);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                }
            },
            cancellationToken);

        var items = channel.Reader;
        while (items.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
        {
            while (items.TryRead(out var item))
            {
                yield return item;
            }
        }

        producer.GetAwaiter().GetResult();
    }
}
