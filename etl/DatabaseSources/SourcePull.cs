using System.Data;
using System.Diagnostics;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Warehouse;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// One attempt at pulling one source: work out where to read from, run the key comparison when it is due,
/// stream the changed rows through the case import, and, inside the import's transaction, mark deleted
/// cases, restore returning ones, move the watermark and record the pull. A failure leaves all of it as it was.
/// </summary>
internal sealed class SourcePull
{
    public const string RunKind = "pull";

    private readonly CaseImport _import;
    private readonly TimeProvider _clock;
    private readonly DuckDBConnection _connection;
    private readonly PullStore _store;
    private readonly DatabaseSource _source;
    private readonly PullOptions _options;
    private readonly int _attempt;

    public SourcePull(CaseImport import, TimeProvider clock, DuckDBConnection connection, DatabaseSource source, PullOptions options, int attempt)
    {
        _import = import;
        _clock = clock;
        _connection = connection;
        _store = new PullStore(connection);
        _source = source;
        _options = options;
        _attempt = attempt;
    }

    public PullResult Run(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var lastRunBefore = _store.LastRunId();
        var stored = _store.ReadWatermark(_source.Name);
        var before = StoredValue(stored);
        var fullRead = _options.FullRead || before is null;
        var readFrom = fullRead ? Watermark.Floor(_source.Watermark.Type) : before!.Value.Less(_source.Watermark);
        var now = _clock.GetUtcNow().UtcDateTime;
        var keysCompared = _options.CompareKeys || stored?.KeysComparedAt is not { } last || last + _source.KeyComparisonEvery <= now;
        _store.CreatePresentKeys();
        try
        {
            // With no live fact to answer for there is nothing to mark: the comparison holds without a read.
            long? sourceKeys = keysCompared && _store.ScopeHasFacts(_source) ? SourceKeyScan.Run(_store, _source, cancellationToken) : null;
            if (sourceKeys == 0)
            {
                // An empty answer from a source that had rows is a broken query or view far more often than
                // a council deleting every case: marking everything would hide the whole history.
                throw new DatabaseSourceException(
                    $"{_source.Name}: the key comparison read no keys, yet the warehouse holds live cases from this source; nothing was marked. Check the key query.");
            }

            var watch = new MarkedCaseWatch(_store.MarkedCases(_source));
            using var query = SourceQuery.Run(_source, _source.QueryText, readFrom, cancellationToken);
            using var rows = new SourceRows(query.Reader, _source.Name, _source.Watermark, _source.Profile, watch);
            PullRecord? record = null;
            void Commit(DuckDBConnection connection, IDbTransaction transaction, long runId)
            {
                _store.AddPresentKeys(watch.Seen, transaction);
                var marked = sourceKeys is null ? 0 : _store.MarkDeleted(_source, runId, now, transaction);
                var restored = _store.Restore(_source, transaction);
                var after = Highest(before, rows.Highest);
                _store.SaveWatermark(_source, after, runId, keysCompared, now, transaction);
                record = new PullRecord(runId, _source, before, readFrom, after, fullRead, keysCompared, sourceKeys, marked, restored, _attempt);
                _store.RecordPull(record, transaction);
            }

            var result = _import.Import(_connection, rows, new CaseSource(_source.Name, _source.Profile, RunKind, Commit), progress, cancellationToken);
            return new PullResult(
                _source.Name, result.RunId, result.Status, result.Read, result.Loaded, result.Updated, result.Unchanged, result.Rejected,
                record!.MarkedDeleted, record.Restored, before?.ToString(), record.After?.ToString(), keysCompared, _attempt, result.Message, stopwatch.Elapsed);
        }
        catch (Exception ex)
        {
            RecordFailure(ex, lastRunBefore, before, readFrom, fullRead);
            throw;
        }
        finally
        {
            DropPresentKeys();
        }
    }

    /// <summary>
    /// Every failed attempt shows in <c>etl.run</c>: the import records its own run when it got that far;
    /// a failure before it (the source unreachable, the key comparison broken) gets a run here.
    /// </summary>
    private void RecordFailure(Exception exception, long lastRunBefore, Watermark? before, Watermark readFrom, bool fullRead)
    {
        try
        {
            var runId = _store.FailedRunSince(lastRunBefore, _source.Name);
            if (runId is null)
            {
                var runLog = new RunLog(_connection, _clock);
                runId = runLog.Start(RunKind, _source.Name, null, _source.Profile.Name, DateOnly.FromDateTime(_clock.GetLocalNow().DateTime), forced: false);
                runLog.Fail(runId.Value, $"{exception.GetType().Name}: {exception.Message}");
            }

            _store.RecordPull(new PullRecord(runId.Value, _source, before, readFrom, null, fullRead, false, null, 0, 0, _attempt), null);
        }
        catch (DuckDBException)
        {
            // The warehouse itself is failing: the original error is the one to report, and it is rethrown.
        }
    }

    private void DropPresentKeys()
    {
        try
        {
            _store.DropPresentKeys();
        }
        catch (DuckDBException)
        {
            // A temporary table goes with the connection anyway; the pull's own outcome is what matters.
        }
    }

    /// <summary>The stored watermark, unless the source now names another column or type (then it means nothing: read everything).</summary>
    private Watermark? StoredValue(StoredWatermark? stored) =>
        stored?.Watermark is { } text
        && string.Equals(stored.WatermarkColumn, _source.Watermark.Column, StringComparison.OrdinalIgnoreCase)
        && stored.WatermarkType == _source.Watermark.Type.ToString()
            ? Watermark.Parse(_source.Watermark.Type, text)
            : null;

    private static Watermark? Highest(Watermark? before, Watermark? read) =>
        before is null ? read : read is null || !read.Value.IsAfter(before.Value) ? before : read;
}
