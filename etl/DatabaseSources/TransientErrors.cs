using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>Errors worth another attempt after a pause: the same pull may well succeed a little later.</summary>
internal static class TransientErrors
{
    // 1205 deadlock victim; -2 command or connection timeout; 10053, 10054, 10060, 64, 121, 233: the connection
    // was aborted, reset, timed out or closed; 40197, 40501, 40613, 49918-49920: Azure SQL busy or failing over.
    private static readonly HashSet<int> SqlServerNumbers = [1205, -2, 10053, 10054, 10060, 64, 121, 233, 40197, 40501, 40613, 49918, 49919, 49920];

    public static bool IsTransientSqlServerError(int number) => SqlServerNumbers.Contains(number);

    public static bool IsTransient(Exception exception) => exception switch
    {
        SqlException sql => IsTransientSqlServerError(sql.Number) || sql.Errors.Cast<SqlError>().Any(e => IsTransientSqlServerError(e.Number)),

        // SQLITE_BUSY and SQLITE_LOCKED: another connection held a lock for longer than the command timeout.
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        TimeoutException or SocketException => true,
        OperationCanceledException => false,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransient),
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
