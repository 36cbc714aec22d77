using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// One query running against a source: its read-only connection, its command (timeout, the watermark bound
/// to the <c>since</c> parameter, never spliced into the text) and the data reader streaming its rows.
/// </summary>
internal sealed partial class SourceQuery : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly CancellationTokenRegistration _cancellation;

    private SourceQuery(DbConnection connection, DbCommand command, DbDataReader reader, CancellationTokenRegistration cancellation)
    {
        _connection = connection;
        _command = command;
        Reader = reader;
        _cancellation = cancellation;
    }

    public DbDataReader Reader { get; }

    /// <summary>True when <paramref name="sql"/> refers to the watermark parameter (<c>@since</c>, <c>$since</c> or <c>:since</c>).</summary>
    public static bool UsesSince(string sql) => SinceParameter().IsMatch(sql);

    public static SourceQuery Run(DatabaseSource source, string sql, Watermark since, CancellationToken cancellationToken)
    {
        var connection = SourceConnections.Create(source.Provider, source.ConnectionString);
        DbCommand? command = null;
        CancellationTokenRegistration registration = default;
        try
        {
            connection.Open();
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = source.CommandTimeoutSeconds;
            if (UsesSince(sql))
            {
                command.Parameters.Add(SinceValue(command, source.Provider, since));
            }

            var running = command;
            registration = cancellationToken.Register(() => CancelQuietly(running));
            return new SourceQuery(connection, command, command.ExecuteReader(), registration);
        }
        catch
        {
            registration.Dispose();
            command?.Dispose();
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _cancellation.Dispose();
        Reader.Dispose();
        _command.Dispose();
        _connection.Dispose();
    }

    private static DbParameter SinceValue(DbCommand command, SourceProvider provider, Watermark since)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = provider == SourceProvider.SqlServer ? "@since" : "since";
        parameter.Value = since.ParameterValue(provider);
        if (provider == SourceProvider.SqlServer)
        {
            // datetime2 keeps every digit of the watermark; the legacy datetime default would round it.
            parameter.DbType = since.Type == WatermarkType.Timestamp ? DbType.DateTime2 : DbType.Binary;
            if (since.Type == WatermarkType.RowVersion)
            {
                parameter.Size = 8;
            }
        }

        return parameter;
    }

    private static void CancelQuietly(DbCommand command)
    {
        try
        {
            command.Cancel();
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ObjectDisposedException)
        {
            // The load notices the cancellation between rows anyway; this only cuts a long query short.
        }
    }

    [GeneratedRegex(@"[@$:]since\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceParameter();
}
