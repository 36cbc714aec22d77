using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>Writes a run's rejects to <c>etl.reject</c>.</summary>
internal static class RejectWriter
{
    public static void Write(DuckDBConnection connection, long runId, string sourceFile, IEnumerable<CaseReject> rejects)
    {
        var nextId = Convert.ToInt64(new DuckDBCommand("SELECT coalesce(max(reject_id), 0) FROM etl.reject", connection).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        using var appender = connection.CreateAppender("etl", "reject");
        foreach (var reject in rejects.OrderBy(r => r.Row))
        {
            appender.CreateRow()
                .AppendValue(++nextId)
                .AppendValue(runId)
                .AppendValue(sourceFile)
                .AppendValue(reject.Row)
                .AppendValue(reject.Column)
                .AppendValue(reject.CaseReference)
                .AppendValue(reject.Value)
                .AppendValue(reject.Reason)
                .EndRow();
        }
    }
}
