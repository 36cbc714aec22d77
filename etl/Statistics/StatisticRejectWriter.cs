using System.Data;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>Writes a statistics run's rejects to <c>etl.reject</c> (file, row, column, value, reason).</summary>
internal static class StatisticRejectWriter
{
    public static void Write(DuckDBConnection connection, IDbTransaction transaction, long runId, string sourceFile, IEnumerable<StatisticReject> rejects)
    {
        var nextId = connection.ExecuteScalar<long>("SELECT coalesce(max(reject_id), 0) FROM etl.reject", transaction: transaction);
        using var appender = connection.CreateAppender("etl", "reject");
        foreach (var reject in rejects.OrderBy(r => r.Row))
        {
            appender.CreateRow()
                .AppendValue(++nextId)
                .AppendValue(runId)
                .AppendValue(sourceFile)
                .AppendValue(reject.Row)
                .AppendValue(reject.Column)
                .AppendNullValue()
                .AppendValue(reject.Value)
                .AppendValue(reject.Reason)
                .EndRow();
        }
    }
}
