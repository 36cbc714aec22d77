using System.Diagnostics;
using System.Security.Cryptography;
using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.Redaction;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// Loads one case-system export into the warehouse: read (streaming), conform, stage, then merge into
/// the facts in a single transaction, so a failed or killed run leaves the warehouse as it was.
/// </summary>
public sealed partial class CaseImport
{
    private const int ProgressEvery = 1_000;
    private const int LogEvery = 50_000;
    private readonly ILogger<CaseImport> _logger;
    private readonly TimeProvider _clock;
    private readonly TimescaleSettings _timescales;
    private readonly PersonalDataRedactor _redactor;

    public CaseImport(ILogger<CaseImport> logger, TimeProvider clock, TimescaleSettings timescales, PersonalDataRedactor redactor)
    {
        _logger = logger;
        _clock = clock;
        _timescales = timescales;
        _redactor = redactor;
    }

    /// <summary>Rows a file may stage in memory before its staging moves to disk (tests cross it with a few rows).</summary>
    internal int InMemoryStagingRows { get; init; } = StagingWriter.InMemoryRows;

    /// <summary>
    /// Imports <paramref name="request"/>. A file refused whole throws <see cref="FileRefusedException"/>
    /// after recording a failed run; a file already loaded returns <see cref="ImportStatus.Skipped"/>.
    /// </summary>
    public ImportResult Import(DuckDBConnection connection, CaseImportRequest request, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        ImportFile(connection, request, null, progress, cancellationToken);

    /// <summary>
    /// Starts hashing, opening, parsing and conforming <paramref name="request"/>'s file on background threads, to be imported
    /// with <see cref="Import(DuckDBConnection, PrefetchedExport, IProgress{long}?, CancellationToken)"/> once the file before it
    /// has merged. Reads the authorities from <paramref name="connection"/> now, so call it between imports.
    /// </summary>
    public PrefetchedExport ReadAhead(DuckDBConnection connection, CaseImportRequest request) =>
        ReadAhead(connection, request, PrefetchedExport.ConformedAhead);

    /// <summary>As <see cref="ReadAhead(DuckDBConnection, CaseImportRequest)"/> with a shorter queue (tests cross it).</summary>
    internal PrefetchedExport ReadAhead(DuckDBConnection connection, CaseImportRequest request, int conformedAhead)
    {
        var asOf = Today();
        StagedAhead.Attach(connection);

        // A second connection to the same warehouse (DuckDB shares one database per file within a process) stages ahead.
        var staging = new DuckDBConnection(connection.ConnectionString);
        try
        {
            staging.Open();
            return new PrefetchedExport(request, Conformer(connection, request.Profile, asOf), asOf, conformedAhead, staging, InMemoryStagingRows);
        }
        catch
        {
            staging.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Imports a file read ahead with <see cref="ReadAhead(DuckDBConnection, CaseImportRequest)"/> (while the previous file of a batch merged):
    /// the same run, checks, skip and all-or-nothing merge as <see cref="Import(DuckDBConnection, CaseImportRequest, IProgress{long}?, CancellationToken)"/>.
    /// </summary>
    public ImportResult Import(DuckDBConnection connection, PrefetchedExport prefetched, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        ImportFile(connection, prefetched.Request, prefetched, progress, cancellationToken);

    private ImportResult ImportFile(
        DuckDBConnection connection, CaseImportRequest request, PrefetchedExport? prefetched, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var fileName = Path.GetFileName(request.FilePath);
        var runLog = new RunLog(connection, _clock);
        var asOf = prefetched?.AsOf ?? Today();
        var hash = prefetched?.Hash(cancellationToken) ?? HashFile(request.FilePath);
        if (!request.Force && runLog.FindLoaded(hash) is { } earlierRun)
        {
            LogSkipped(fileName, earlierRun);
            return new ImportResult(null, fileName, ImportStatus.Skipped, 0, 0, 0, 0, 0,
                $"already loaded in run {earlierRun} (same content); use --force to load it again", stopwatch.Elapsed);
        }

        using var opened = OpenOrRefuse(runLog, request, hash, asOf, prefetched, cancellationToken);
        return Run(connection, runLog, opened.RunId, opened.Reader, opened.Rows, opened.Staged, new CaseSource(fileName, request.Profile), asOf, stopwatch, progress, cancellationToken);
    }

    /// <summary>
    /// Imports rows from any reader (a database query, a stream) through the same conform and load path as
    /// files. No content-hash skip: the caller decides what is new. <see cref="CaseSource.BeforeCommit"/>
    /// runs inside the load's transaction, so state such as a watermark commits with the rows or not at all.
    /// </summary>
    public ImportResult Import(DuckDBConnection connection, ITabularReader rows, CaseSource source, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var runLog = new RunLog(connection, _clock);
        var asOf = Today();
        var runId = runLog.Start(source.Kind, source.Name, null, source.Profile.Name, asOf, forced: false);
        return Run(connection, runLog, runId, rows, null, null, source, asOf, stopwatch, progress, cancellationToken);
    }

    /// <summary>
    /// Runs the load; <paramref name="conforming"/> are the rows a read-ahead already started conforming, and
    /// <paramref name="staged"/> those it staged, if any.
    /// </summary>
    private ImportResult Run(
        DuckDBConnection connection, RunLog runLog, long runId, ITabularReader reader, ConformedRows? conforming, StagedAhead? staged, CaseSource source,
        DateOnly asOf, Stopwatch stopwatch, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        LogStep("hash_open_run_log", stopwatch.Elapsed.TotalMilliseconds);
        try
        {
            var columns = ColumnMap.Build(reader.Headers, source.Profile, source.Name);
            // Rows a read-ahead started belong to the opened file, which stops them; rows started here stop here.
            using var started = conforming is null
                ? ConformedRows.Start(reader, columns, Conformer(connection, source.Profile, asOf), ConformedRows.ConformedQueue, cancellationToken)
                : null;
            var counts = Load(connection, runLog, runId, conforming ?? started!, staged, source, asOf, progress, cancellationToken);
            LogLoaded(runId, source.Name, counts.Read, counts.Loaded, counts.Updated, counts.Unchanged, counts.Rejected);
            return new ImportResult(runId, source.Name, ImportStatus.Succeeded, counts.Read, counts.Loaded, counts.Updated,
                counts.Unchanged, counts.Rejected, null, stopwatch.Elapsed);
        }
        catch (Exception ex)
        {
            ClearStaging(connection);
            runLog.Fail(runId, ex is FileRefusedException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}");
            LogFailed(runId, source.Name);
            throw;
        }
        finally
        {
            staged?.Drop(connection);
        }
    }

    /// <summary>Best effort after a failure: a full disk may refuse this too, and the next run clears staging anyway.</summary>
    private static void ClearStaging(DuckDBConnection connection)
    {
        try
        {
            connection.Execute(EmbeddedSql.Read("duckdb/load/14_clear_staging.sql"));
        }
        catch (DuckDBException)
        {
            // The original failure is the one to report.
        }
    }

    private static OpenedFile OpenOrRefuse(
        RunLog runLog, CaseImportRequest request, string hash, DateOnly asOf, PrefetchedExport? prefetched, CancellationToken cancellationToken)
    {
        var runId = runLog.Start("cases", request.FilePath, hash, request.Profile.Name, asOf, request.Force);
        try
        {
            var (reader, rows, staged) = prefetched?.Open(cancellationToken) ?? (TabularReaderFactory.Open(request.FilePath, request.Profile.Sheet, request.Profile.HeaderRow), null, null);
            return new OpenedFile(runId, reader, rows, staged);
        }
        catch (FileRefusedException ex)
        {
            runLog.Fail(runId, ex.Message);
            throw;
        }
        catch (OperationCanceledException ex)
        {
            // Cancelled while the read-ahead was still staging the file: recorded as any cancelled run is.
            runLog.Fail(runId, $"{ex.GetType().Name}: {ex.Message}");
            throw;
        }
    }

    /// <summary>
    /// True when <paramref name="filePath"/> has every column <paramref name="profile"/> needs; used to
    /// recognise which council layout an inbox file is in. Unreadable files fit no profile.
    /// </summary>
    public static bool Fits(string filePath, MappingProfile profile)
    {
        try
        {
            using var reader = TabularReaderFactory.Open(filePath, profile.Sheet, profile.HeaderRow);
            return ColumnMap.Fits(reader.Headers, profile);
        }
        catch (FileRefusedException)
        {
            return false;
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);

    /// <summary>The conformer for a file in <paramref name="profile"/>'s layout, with the warehouse's authorities.</summary>
    private CaseRowConformer Conformer(DuckDBConnection connection, MappingProfile profile, DateOnly asOf)
    {
        var authorities = connection.Query<AuthorityRow>(
            "SELECT authority_key AS AuthorityKey, la_code AS LaCode, name AS Name, valid_from AS ValidFrom, valid_to AS ValidTo FROM dw.dim_authority")
            .Select(a => new AuthorityVersion(a.AuthorityKey, a.LaCode, a.Name, a.ValidFrom, a.ValidTo))
            .ToList();
        var timescales = new TimescaleSettings { Stages = [.. _timescales.Stages, .. profile.Timescales] };
        return new CaseRowConformer(profile, WorkingDayCalendar.EnglandAndWales, timescales, _redactor, authorities, asOf);
    }

    private RunCounts Load(
        DuckDBConnection connection, RunLog runLog, long runId, ConformedRows rows, StagedAhead? staged,
        CaseSource source, DateOnly asOf, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var rejectedRows = new HashSet<long>();
        long read = 0;
        var sourceFile = source.Name;

        // The facts change only in the merge below.
        var phase = Stopwatch.StartNew();
        // What a killed run left in staging goes first: the same clearing a run ends with.
        Step("00_clear_staging", () => connection.Execute(EmbeddedSql.Read("duckdb/load/14_clear_staging.sql")));
        string stagedTable;
        if (staged is null)
        {
            (stagedTable, read) = Stage(connection, runId, rows.Items(), onDisk: false, read, rejectedRows, sourceFile, progress, cancellationToken);
        }
        else
        {
            read = staged.Read;
            rejectedRows.UnionWith(staged.RejectedRows);
            staged.Error?.Throw();
            progress?.Report(read);
            if (read >= LogEvery)
            {
                LogProgress(sourceFile, read);
            }

            if (staged.Overflow is { } overflow)
            {
                // Past the in-memory limits: what was staged ahead moves to disk, and the rest of the file follows it there.
                Step("01_move_staged_ahead_to_disk", () => staged.MoveToDisk(connection, runId));
                (stagedTable, read) = Stage(connection, runId, rows.Items().Prepend(overflow), onDisk: true, read, rejectedRows, sourceFile, progress, cancellationToken);
            }
            else
            {
                // The whole file was staged ahead: the load statements read it where it is.
                staged.NameInView(connection, runId);
                stagedTable = staged.Table;
            }
        }

        var rejects = rows.Rejects;

        progress?.Report(read);
        var conformSeconds = phase.Elapsed.TotalSeconds;
        phase.Restart();

        // Rows read ahead were conformed without this import's token: a cancelled import stops here, before any change.
        cancellationToken.ThrowIfCancellationRequested();

        // The set checks come before the merge's transaction: the rows they take out of staging may be in the read-ahead's
        // in-memory database, and DuckDB lets a transaction write to one database only. They change no warehouse table.
        var range = connection.QuerySingle<AuthorityRange>(
            "SELECT coalesce(min(authority_key), 0) AS AuthorityFrom, coalesce(max(authority_key), -1) AS AuthorityTo FROM staged_case_row");
        Step("02_03_set_checks", () => RejectSetProblems(connection, runId, range, stagedTable, rejects, rejectedRows));
        using var transaction = connection.BeginTransaction();
        var parameters = new { run_id = runId, source_file = sourceFile, as_of = asOf };
        Step("04_teams", () => new TeamDimension(connection, transaction).Apply(runId, source.Profile, asOf));

        // A council's first load finds no facts in its authority range: the counting joins against the facts are skipped,
        // and the inserts' own row counts say what they loaded.
        var loaded = connection.QuerySingle<FactsInRange>(range.Into(
            """
            SELECT EXISTS (SELECT 1 FROM dw.fact_complaint_stage WHERE authority_key BETWEEN $authority_from AND $authority_to) AS Stages,
                   EXISTS (SELECT 1 FROM dw.fact_representation WHERE authority_key BETWEEN $authority_from AND $authority_to) AS Representations
            """), transaction: transaction);
        Step("05_stage_incoming_complaint_stages", () => connection.Execute(EmbeddedSql.Read("duckdb/load/05_stage_incoming_complaint_stages.sql"), parameters, transaction));
        var stages = Merge(connection, transaction, range, parameters, loaded.Stages, FactMerge.ComplaintStages);
        Step("09_stage_incoming_representations", () => connection.Execute(EmbeddedSql.Read("duckdb/load/09_stage_incoming_representations.sql"), parameters, transaction));
        var others = Merge(connection, transaction, range, parameters, loaded.Representations, FactMerge.Representations);
        Step("13_refresh_open_clock_status", () => connection.Execute(EmbeddedSql.Read("duckdb/load/13_refresh_open_clock_status.sql"), parameters, transaction));
        Step("14_clear_staging", () => connection.Execute(EmbeddedSql.Read("duckdb/load/14_clear_staging.sql"), parameters, transaction));
        Step("rejects", () => RejectWriter.Write(connection, runId, sourceFile, rejects));

        var counts = new RunCounts(read, stages.Inserted + others.Inserted, stages.Updated + others.Updated,
            stages.Unchanged + others.Unchanged, rejectedRows.Count);
        if (counts.Read != counts.Loaded + counts.Updated + counts.Unchanged + counts.Rejected)
        {
            throw new InvalidOperationException(
                $"Row accounting does not balance for {sourceFile}: read {counts.Read} but loaded {counts.Loaded} + updated {counts.Updated} + unchanged {counts.Unchanged} + rejected {counts.Rejected}. Nothing was loaded.");
        }

        source.BeforeCommit?.Invoke(connection, transaction, runId);
        runLog.Succeed(runId, counts, transaction);
        Step("commit", transaction.Commit);
        LogPhases(runId, read, conformSeconds, phase.Elapsed.TotalSeconds);
        return counts;
    }

    /// <summary>
    /// Stages rows as they come (in memory for a file of ordinary size, to staging.case_row for a large one, or from the start
    /// when <paramref name="onDisk"/>), so a file of any size streams through without being held in memory. Returns the table
    /// the rows are in and the rows read so far.
    /// </summary>
    private (string Table, long Read) Stage(
        DuckDBConnection connection, long runId, IEnumerable<ConformedRows.Row> rows, bool onDisk, long read, HashSet<long> rejectedRows,
        string sourceFile, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var staging = new StagingWriter(connection, runId, InMemoryStagingRows, onDisk);

        // Three threads: the file reader parses, the conformer conforms and hashes, this thread stages. The rejects list
        // belongs to the conforming thread until the loop ends.
        foreach (var row in rows)
        {
            read++;
            if (row.Conformed is null)
            {
                rejectedRows.Add(row.RowNumber);
            }
            else
            {
                staging.Append(row.Conformed, row.Hash!);
            }

            if (read % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(read);
                if (read % LogEvery == 0)
                {
                    LogProgress(sourceFile, read);
                }
            }
        }

        return (staging.Table, read);
    }

    /// <summary>
    /// Merges the incoming rows of one fact table: updates the keys already loaded whose data changed and inserts the rest.
    /// With no facts in the range (<paramref name="rangeHasFacts"/> false), every incoming row is new.
    /// </summary>
    private ChangeCounts Merge(
        DuckDBConnection connection, System.Data.IDbTransaction transaction, AuthorityRange range, object parameters, bool rangeHasFacts, FactMerge merge)
    {
        var insert = range.Into(EmbeddedSql.Read(merge.InsertSql));
        if (!rangeHasFacts)
        {
            long inserted = 0;
            Step(merge.InsertStep, () => inserted = connection.Execute(AllNew(insert), parameters, transaction));
            return new ChangeCounts(inserted, 0, 0);
        }

        var counts = connection.QuerySingle<ChangeCounts>(range.Into(EmbeddedSql.Read(merge.CountSql)), parameters, transaction);
        Step(merge.UpdateStep, counts.Updated, () => connection.Execute(range.Into(EmbeddedSql.Read(merge.UpdateSql)), parameters, transaction));
        Step(merge.InsertStep, counts.Inserted, () => connection.Execute(counts.Updated + counts.Unchanged > 0 ? insert : AllNew(insert), parameters, transaction));
        return counts;
    }

    /// <summary>
    /// Leaves an insert's condition out, from its <c>-- [rows already in the warehouse]</c> line to <c>-- [end]</c>, when every
    /// incoming row is new (no key in the warehouse yet, as in a first load): the anti-join against the fact table cannot
    /// remove anything then, and DuckDB builds it even for a constant-true condition.
    /// </summary>
    private static string AllNew(string sql)
    {
        var from = sql.IndexOf("-- [rows already in the warehouse]", StringComparison.Ordinal);
        var to = sql.IndexOf("-- [end]", from, StringComparison.Ordinal);
        return sql[..from] + sql[to..];
    }

    /// <summary>Runs a merge statement only when the counts say it has rows to write.</summary>
    private void Step(string name, long rows, Action action)
    {
        if (rows > 0)
        {
            Step(name, action);
        }
    }

    private void Step(string name, Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        LogStep(name, stopwatch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Problems only visible across rows: duplicated natural keys and later stages with no earlier stage.</summary>
    private static void RejectSetProblems(
        DuckDBConnection connection, long runId, AuthorityRange range, string stagedTable, List<CaseReject> rejects, HashSet<long> rejectedRows)
    {
        var parameters = new { run_id = runId };
        var duplicates = connection.Query<DuplicateRow>(EmbeddedSql.Read("duckdb/load/02_find_duplicate_rows.sql"), parameters).ToList();
        foreach (var d in duplicates)
        {
            var reason = d.Conflicting
                ? $"case reference and stage appear on rows {d.AllRows} with different data; none of them was loaded"
                : $"an identical copy of row {d.FirstRow}, which was loaded";
            rejects.Add(new CaseReject(d.SourceRow, "case_reference", d.CaseReference, d.StageKey, reason));
        }

        DeleteStaged(connection, stagedTable, duplicates.Select(d => d.SourceRow), rejectedRows);
        var orphans = connection.Query<OrphanRow>(range.Into(EmbeddedSql.Read("duckdb/load/03_find_orphan_stages.sql")), parameters).ToList();
        foreach (var o in orphans)
        {
            rejects.Add(new CaseReject(o.SourceRow, "stage", o.CaseReference, o.Stage.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"stage {o.Stage} has no stage {o.Stage - 1} for this case, in this file or in the warehouse"));
        }

        DeleteStaged(connection, stagedTable, orphans.Select(o => o.SourceRow), rejectedRows);
    }

    private static void DeleteStaged(DuckDBConnection connection, string stagedTable, IEnumerable<long> rows, HashSet<long> rejectedRows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        connection.Execute(
            $"DELETE FROM {stagedTable} WHERE source_row = $source_row",
            list.Select(row => new { source_row = row }));
        rejectedRows.UnionWith(list);
    }

    internal static string HashFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FileRefusedException($"{Path.GetFileName(path)}: the file cannot be opened ({ex.Message}).", ex);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Skipped {File}: already loaded in run {RunId}")]
    private partial void LogSkipped(string file, long runId);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Read {Rows} rows from {File}")]
    private partial void LogProgress(string file, long rows);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Run {RunId} loaded {File}: read {Read}, loaded {Loaded}, updated {Updated}, unchanged {Unchanged}, rejected {Rejected}")]
    private partial void LogLoaded(long runId, string file, long read, long loaded, long updated, long unchanged, long rejected);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Run {RunId} failed for {File}; the warehouse is unchanged")]
    private partial void LogFailed(long runId, string file);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Run {RunId}: read and conformed {Rows} rows in {ConformSeconds:F1} s; checked, merged and committed in {MergeSeconds:F1} s")]
    private partial void LogPhases(long runId, long rows, double conformSeconds, double mergeSeconds);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "Load step {Step} took {Milliseconds:F0} ms")]
    private partial void LogStep(string step, double milliseconds);

    private sealed record OpenedFile(long RunId, ITabularReader Reader, ConformedRows? Rows, StagedAhead? Staged) : IDisposable
    {
        /// <summary>The rows' threads stop before the reader they read from closes.</summary>
        public void Dispose()
        {
            Rows?.Dispose();
            Reader.Dispose();
        }
    }

    private sealed class AuthorityRow
    {
        public int AuthorityKey { get; init; }

        public string LaCode { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public DateOnly ValidFrom { get; init; }

        public DateOnly? ValidTo { get; init; }
    }

    /// <summary>The staged rows' lowest and highest authority keys: statements reading the facts stay within them.</summary>
    private sealed record AuthorityRange(int AuthorityFrom, int AuthorityTo)
    {
        /// <summary>
        /// Writes the range into the statement as literals, not parameters: DuckDB turns a comparison with a constant
        /// into a scan filter that skips row groups by their min/max, which a prepared statement's parameter need not get.
        /// </summary>
        public string Into(string sql) => sql
            .Replace("$authority_from", AuthorityFrom.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$authority_to", AuthorityTo.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private sealed record ChangeCounts(long Inserted, long Updated, long Unchanged);

    private sealed record FactsInRange(bool Stages, bool Representations);

    /// <summary>The statements that count, update and insert one fact table's incoming rows; each step is named after its file.</summary>
    private sealed record FactMerge(string CountSql, string UpdateSql, string InsertSql)
    {
        public static readonly FactMerge ComplaintStages = new(
            "duckdb/load/06_count_complaint_stage_changes.sql", "duckdb/load/07_update_complaint_stages.sql", "duckdb/load/08_insert_complaint_stages.sql");

        public static readonly FactMerge Representations = new(
            "duckdb/load/10_count_representation_changes.sql", "duckdb/load/11_update_representations.sql", "duckdb/load/12_insert_representations.sql");

        public string UpdateStep => Path.GetFileNameWithoutExtension(UpdateSql);

        public string InsertStep => Path.GetFileNameWithoutExtension(InsertSql);
    }

    private sealed record DuplicateRow(long SourceRow, string CaseReference, string StageKey, long FirstRow, bool Conflicting, string AllRows);

    private sealed record OrphanRow(long SourceRow, string CaseReference, short Stage);
}
