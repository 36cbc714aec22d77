using System.Data;
using Dapper;

namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>Writes <c>etl.run</c>: a run is recorded before its load starts, so a failed or killed run still shows.</summary>
public sealed class RunLog
{
    private readonly IDbConnection _connection;
    private readonly TimeProvider _clock;

    public RunLog(IDbConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
    }

    /// <summary>Records a new run as <c>running</c> and returns its id.</summary>
    public long Start(string kind, string? sourceFile, string? sourceHash, string? profileName, DateOnly asOf, bool forced) =>
        _connection.ExecuteScalar<long>(
            """
            INSERT INTO etl.run (kind, started_at, status, source_file, source_hash, profile_name, as_of_date, forced)
            VALUES ($kind, $started_at, 'running', $source_file, $source_hash, $profile_name, $as_of_date, $forced)
            RETURNING run_id
            """,
            new { kind, started_at = Now(), source_file = sourceFile, source_hash = sourceHash, profile_name = profileName, as_of_date = asOf, forced });

    /// <summary>Marks a run succeeded with its counts (call inside the load's transaction so both commit together).</summary>
    public void Succeed(long runId, RunCounts counts, IDbTransaction transaction) =>
        _connection.Execute(
            """
            UPDATE etl.run SET status = 'succeeded', finished_at = $finished_at, rows_read = $read, rows_loaded = $loaded,
                rows_updated = $updated, rows_unchanged = $unchanged, rows_rejected = $rejected
            WHERE run_id = $run_id
            """,
            new { run_id = runId, finished_at = Now(), counts.Read, counts.Loaded, counts.Updated, counts.Unchanged, counts.Rejected },
            transaction);

    /// <summary>Marks a run failed, after its load was rolled back.</summary>
    public void Fail(long runId, string message) =>
        _connection.Execute(
            "UPDATE etl.run SET status = 'failed', finished_at = $finished_at, message = $message WHERE run_id = $run_id",
            new { run_id = runId, finished_at = Now(), message });

    /// <summary>
    /// Runs left <c>running</c> by a process that was killed. Only one process can write to a DuckDB file,
    /// so when this one holds it, none of them is still going.
    /// </summary>
    public int MarkInterrupted() =>
        _connection.Execute(
            "UPDATE etl.run SET status = 'interrupted', message = 'The process stopped before the run finished; nothing it loaded was kept.' WHERE status = 'running'");

    /// <summary>The succeeded run that loaded a file with this content hash, if any.</summary>
    public long? FindLoaded(string sourceHash) =>
        _connection.ExecuteScalar<long?>(
            "SELECT max(run_id) FROM etl.run WHERE source_hash = $source_hash AND status = 'succeeded'",
            new { source_hash = sourceHash });

    private DateTime Now() => _clock.GetUtcNow().UtcDateTime;
}
