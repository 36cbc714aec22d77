using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Warehouse;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// Pulls configured database sources into the warehouse, incrementally, through the same conform and load
/// path as files. The entry point of the <c>pull</c> verb and of the nightly <c>PullSources</c> job
/// (<see cref="PullAll"/>).
/// </summary>
public sealed partial class SourcePuller
{
    private readonly CaseImport _import;
    private readonly TimeProvider _clock;
    private readonly ILogger<SourcePuller> _logger;

    public SourcePuller(CaseImport import, DatabaseSourceCatalog catalog, TimeProvider clock, ILogger<SourcePuller> logger)
    {
        _import = import;
        Catalog = catalog;
        _clock = clock;
        _logger = logger;
    }

    public DatabaseSourceCatalog Catalog { get; }

    /// <summary>
    /// Every enabled source, one after another, as the nightly job runs them. A source that fails is
    /// returned as <see cref="ImportStatus.Failed"/> with the reason (and recorded in <c>etl.run</c>), and
    /// the rest still run: a caller should treat any failed result as a failed job.
    /// </summary>
    public IReadOnlyList<PullResult> PullAll(DuckDBConnection connection, CancellationToken cancellationToken = default) =>
        PullMany(connection, Catalog.EnabledNames, PullOptions.Scheduled, null, cancellationToken);

    /// <summary>The named sources one after another; a failed source is reported, not thrown, so the others still run.</summary>
    public IReadOnlyList<PullResult> PullMany(
        DuckDBConnection connection, IEnumerable<string> sourceNames, PullOptions options, Func<string, IProgress<long>?>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var results = new List<PullResult>();
        foreach (var name in sourceNames)
        {
            var started = _clock.GetTimestamp();
            try
            {
                results.Add(Pull(connection, name, options, progress?.Invoke(name), cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSourceFailed(name, ex.GetType().Name, ex.Message);
                results.Add(PullResult.Failed(name, ex.Message, _clock.GetElapsedTime(started)));
            }
        }

        return results;
    }

    /// <summary>
    /// Pulls one source: the rows changed since its stored watermark (less the overlap window), plus the
    /// deleted-case key comparison when it is due. Transient errors are retried with back-off, each attempt
    /// a run of its own. Throws when the pull fails; the warehouse and the watermark are then as they were.
    /// </summary>
    public PullResult Pull(DuckDBConnection connection, string sourceName, PullOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var source = Checked(connection, sourceName);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = new SourcePull(_import, _clock, connection, source, options ?? PullOptions.Scheduled, attempt).Run(progress, cancellationToken);
                LogPulled(source.Name, result.RunId ?? 0, result.WatermarkBefore ?? "none", result.WatermarkAfter ?? "none", result.Read, result.MarkedDeleted, result.Restored);
                return result;
            }
            catch (Exception ex) when (attempt < source.MaxAttempts && TransientErrors.IsTransient(ex) && !cancellationToken.IsCancellationRequested)
            {
                var delay = SourceRetry.DelayAfter(attempt, source.RetryDelay);
                LogRetrying(source.Name, attempt, source.MaxAttempts, ex.GetType().Name, ex.Message, delay.TotalSeconds);
                Task.Delay(delay, _clock, cancellationToken).GetAwaiter().GetResult();
            }
        }
    }

    /// <summary>The source's settings, checked; a configured source that fails its checks is recorded as a failed run.</summary>
    private DatabaseSource Checked(DuckDBConnection connection, string sourceName)
    {
        try
        {
            var source = Catalog.Get(sourceName);
            if (!SourceKinds.HasLoadPath(source.Kind))
            {
                throw new DatabaseSourceException(
                    $"Database source '{source.Name}' yields {source.Kind}, which this build cannot load yet: only {SourceKinds.Cases} and {SourceKinds.Representations} have a load path.");
            }

            return source;
        }
        catch (DatabaseSourceException ex) when (Catalog.Contains(sourceName))
        {
            var runLog = new RunLog(connection, _clock);
            var runId = runLog.Start(SourcePull.RunKind, sourceName, null, null, DateOnly.FromDateTime(_clock.GetLocalNow().DateTime), forced: false);
            runLog.Fail(runId, ex.Message);
            throw;
        }
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Pulled {Source} in run {RunId}: watermark {Before} -> {After}, read {Read}, marked deleted {Marked}, restored {Restored}")]
    private partial void LogPulled(string source, long runId, string before, string after, long read, long marked, long restored);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Pull of {Source} failed on attempt {Attempt} of {MaxAttempts} with a transient {Error} ({Detail}); trying again in {Seconds:F0} s")]
    private partial void LogRetrying(string source, int attempt, int maxAttempts, string error, string detail, double seconds);

    [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "Pull of {Source} failed: {Error}: {Detail}")]
    private partial void LogSourceFailed(string source, string error, string detail);
}
