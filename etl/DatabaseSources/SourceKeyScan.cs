namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// The periodic full key comparison's read: every key the source holds now, streamed from the key query
/// through the profile into the warehouse's temporary <c>pull_present_key</c> table by DuckDB's appender.
/// </summary>
internal static class SourceKeyScan
{
    public static long Run(PullStore store, DatabaseSource source, CancellationToken cancellationToken)
    {
        using var query = SourceQuery.Run(source, source.KeyQueryText, Watermark.Floor(source.Watermark.Type), cancellationToken);
        using var rows = new SourceRows(query.Reader, source.Name, watermark: null, source.Profile, watch: null);
        var keys = new SourceKeyReader(rows.Headers, source.Profile, source.Name);
        using var appender = store.PresentKeyAppender();
        long count = 0;
        while (rows.Read())
        {
            if (keys.Read(rows) is not { } key)
            {
                continue;
            }

            appender.CreateRow()
                .AppendValue(key.LaCode)
                .AppendValue(key.CaseReference)
                .AppendValue(key.RecordKind)
                .AppendValue(key.Stage)
                .EndRow();
            if (++count % 10_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return count;
    }
}
