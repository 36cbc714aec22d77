using System.Data;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// The warehouse side of a pull, through the statements in warehouse-sql/duckdb/sources/: the stored
/// watermark, the present-key table, marking and restoring deleted cases, and the pull's record.
/// </summary>
internal sealed class PullStore
{
    private readonly DuckDBConnection _connection;

    public PullStore(DuckDBConnection connection)
    {
        _connection = connection;
    }

    public StoredWatermark? ReadWatermark(string sourceName) =>
        _connection.QuerySingleOrDefault<StoredWatermark>(Sql("02_read_watermark"), new { source_name = sourceName });

    public long LastRunId() => _connection.ExecuteScalar<long?>("SELECT max(run_id) FROM etl.run") ?? 0;

    /// <summary>The run a failed load recorded for this source after <paramref name="afterRunId"/>, if it got that far.</summary>
    public long? FailedRunSince(long afterRunId, string sourceName) =>
        _connection.ExecuteScalar<long?>(
            "SELECT max(run_id) FROM etl.run WHERE run_id > $after AND source_file = $source_name",
            new { after = afterRunId, source_name = sourceName });

    public bool ScopeHasFacts(DatabaseSource source) =>
        _connection.ExecuteScalar<bool>(Sql("11_scope_has_facts"), Scope(source));

    public IReadOnlyList<string> MarkedCases(DatabaseSource source) =>
        [.. _connection.Query<string>(Sql("03_find_marked_cases"), Scope(source))];

    public void CreatePresentKeys() => _connection.Execute(Sql("01_create_present_keys"));

    public void DropPresentKeys() => _connection.Execute(Sql("10_drop_present_keys"));

    public DuckDBAppender PresentKeyAppender() => _connection.CreateAppender("temp", "main", "pull_present_key");

    public void AddPresentKeys(IEnumerable<SourceKey> keys, IDbTransaction transaction) =>
        _connection.Execute(
            Sql("12_add_present_key"),
            keys.Select(k => new { la_code = k.LaCode, case_reference = k.CaseReference, record_kind = k.RecordKind, stage = k.Stage }),
            transaction);

    public long MarkDeleted(DatabaseSource source, long runId, DateTime now, IDbTransaction transaction)
    {
        var parameters = new { source_name = source.Name, owned_la_codes = OwnedCodes(source), run_id = runId, deleted_at = now };
        return _connection.Execute(Sql("04_mark_deleted_complaint_stages"), parameters, transaction)
            + _connection.Execute(Sql("05_mark_deleted_representations"), parameters, transaction);
    }

    public long Restore(DatabaseSource source, IDbTransaction transaction) =>
        _connection.Execute(Sql("06_restore_complaint_stages"), Scope(source), transaction)
        + _connection.Execute(Sql("07_restore_representations"), Scope(source), transaction);

    public void SaveWatermark(DatabaseSource source, Watermark? watermark, long runId, bool keysCompared, DateTime now, IDbTransaction transaction) =>
        _connection.Execute(
            Sql("08_save_watermark"),
            new
            {
                source_name = source.Name,
                watermark_column = source.Watermark.Column,
                watermark_type = source.Watermark.Type.ToString(),
                watermark = watermark?.ToString(),
                run_id = runId,
                now,
                keys_compared = keysCompared,
            },
            transaction);

    public void RecordPull(PullRecord record, IDbTransaction? transaction) =>
        _connection.Execute(
            Sql("09_record_pull"),
            new
            {
                run_id = record.RunId,
                source_name = record.Source.Name,
                provider = SourceConnections.PackageName(record.Source.Provider),
                data_kind = record.Source.Kind,
                watermark_column = record.Source.Watermark.Column,
                watermark_before = record.Before?.ToString(),
                read_from = record.ReadFrom?.ToString(),
                watermark_after = record.After?.ToString(),
                full_read = record.FullRead,
                keys_compared = record.KeysCompared,
                source_keys = record.SourceKeys,
                rows_marked_deleted = record.MarkedDeleted,
                rows_restored = record.Restored,
                attempt = record.Attempt,
            },
            transaction);

    private static object Scope(DatabaseSource source) => new { source_name = source.Name, owned_la_codes = OwnedCodes(source) };

    // A parameter, never spliced into the statement: the statements split it with string_split.
    private static string OwnedCodes(DatabaseSource source) => string.Join(',', source.OwnedLaCodes);

    private static string Sql(string name) => EmbeddedSql.Read($"duckdb/sources/{name}.sql");
}
