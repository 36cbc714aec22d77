using System.Net.Sockets;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Scheduling.Locking;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>Sorts what a step threw into retry-worthy and not: only conditions that can clear by themselves are transient.</summary>
internal static class FailureClassifier
{
    public static FailureKind Classify(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => FailureKind.Cancelled,
        FileRefusedException => FailureKind.Data,
        WarehouseBusyException or TransientJobException or HttpRequestException or SocketException or TimeoutException => FailureKind.Transient,

        // Another process (a manual refresh) has the DuckDB file open; it will close it.
        WarehouseUnavailableException { InnerException: DuckDBException inner }
            when inner.Message.Contains("lock", StringComparison.OrdinalIgnoreCase) => FailureKind.Transient,

        // A file still being written or copied, a share that dropped: the same call later can succeed.
        IOException and not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException or EndOfStreamException) => FailureKind.Transient,
        _ => FailureKind.Error,
    };

    /// <summary>The reason in words for the run log and the notification; a type name only where the message alone would be unclear.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        FileRefusedException or WarehouseUnavailableException or WarehouseBusyException or JobSetupException or IOException
            or TransientJobException or OperationCanceledException => exception.Message,
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
