using Dapper;
using ComplaintsAnalytics.Etl.Warehouse;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// Appends conformed rows through DuckDB's appender: first to a temporary table, which writes no log and no
/// checkpoint, and once a file outgrows it, to <c>staging.case_row</c>, which commits as it flushes so that memory
/// stays bounded. The view <c>staged_case_row</c> names whichever table holds the run's rows.
/// </summary>
internal sealed class StagingWriter : IDisposable
{
    /// <summary>Rows kept in the temporary table: a council's year or a nightly delta fits, a million-row export does not.</summary>
    internal const int InMemoryRows = 50_000;

    /// <summary>
    /// Characters of free text kept in the temporary table (about 32 MB): well inside DuckDB's memory cap, because
    /// DuckDB 1.5.6 corrupts temporary tables it has to spill. Summaries may be 32,000 characters each.
    /// </summary>
    internal const long InMemoryTextCharacters = 16_000_000;

    private const string InMemoryTable = "staged_in_memory";

    /// <summary>Where a large file's rows are staged, committed as they flush.</summary>
    internal const string OnDiskTable = "staging.case_row";

    private readonly DuckDBConnection _connection;
    private readonly long _runId;
    private readonly int _inMemoryRows;
    private DuckDBAppender _appender;
    private long _rows;
    private long _textCharacters;

    /// <param name="connection">The import's connection.</param>
    /// <param name="runId">The run the rows belong to.</param>
    /// <param name="inMemoryRows">Rows the temporary table may hold before staging moves to disk.</param>
    /// <param name="onDisk">Stage straight to <c>staging.case_row</c> (the view already names it).</param>
    public StagingWriter(DuckDBConnection connection, long runId, int inMemoryRows = InMemoryRows, bool onDisk = false)
    {
        _connection = connection;
        _runId = runId;
        _inMemoryRows = inMemoryRows;
        Table = onDisk ? OnDiskTable : InMemoryTable;
        if (!onDisk)
        {
            connection.Execute(EmbeddedSql.Read("duckdb/load/00_create_staged_rows.sql"));
        }

        _appender = onDisk ? connection.CreateAppender("staging", "case_row") : connection.CreateAppender("temp", "main", InMemoryTable);
    }

    /// <summary>The table the run's rows are in: the temporary table, or <c>staging.case_row</c> for a large file.</summary>
    public string Table { get; private set; }

    /// <summary>Stages <paramref name="row"/> with its content hash (<see cref="RowHash.Of"/>, computed on the conforming thread).</summary>
    public void Append(ConformedCase row, string rowHash)
    {
        if (Table == InMemoryTable)
        {
            _rows++;
            _textCharacters += TextCharacters(row);
            if (Outgrows(_rows, _textCharacters, _inMemoryRows))
            {
                MoveToDisk();
            }
        }

        AppendRow(_appender, _runId, row, rowHash);
    }

    /// <summary>Whether <paramref name="rows"/> rows holding <paramref name="textCharacters"/> characters of free text are too many for the temporary table.</summary>
    internal static bool Outgrows(long rows, long textCharacters, int inMemoryRows) =>
        rows > inMemoryRows || textCharacters > InMemoryTextCharacters;

    /// <summary>The free-text characters a row adds to staging, which the in-memory limit counts.</summary>
    internal static long TextCharacters(ConformedCase row) =>
        (row.SummaryRedacted?.Length ?? 0) + (row.LearningRedacted?.Length ?? 0) + (row.Reason?.Length ?? 0) + (row.Category?.Length ?? 0);

    /// <summary>One row in the column order of <c>staging.case_row</c>.</summary>
    internal static void AppendRow(DuckDBAppender appender, long runId, ConformedCase row, string rowHash) =>
        appender.CreateRow()
            .AppendValue(runId)
            .AppendValue(row.SourceRow)
            .AppendValue(row.AuthorityKey)
            .AppendValue(row.CaseReference)
            .AppendValue(row.RecordKind)
            .AppendValue(row.RepresentationType)
            .AppendValue(row.Procedure)
            .AppendValue(row.Stage)
            .AppendValue(row.ReceivedDate)
            .AppendValue(row.ExtendedDueDate)
            .AppendValue(row.RespondedDate)
            .AppendValue(row.BaseDeadlineDate)
            .AppendValue(row.DeadlineDate)
            .AppendValue(row.ClockPausedDays)
            .AppendValue(row.WorkingDaysTaken)
            .AppendValue(row.Extended)
            .AppendValue(row.ExtendedBeyondMaximum)
            .AppendValue(row.WithinTimescale)
            .AppendValue(row.ClockStatus)
            .AppendValue(row.ServiceArea)
            .AppendValue(row.Team)
            .AppendValue(row.ComplainantType)
            .AppendValue(row.Advocate)
            .AppendValue(row.ReceiptMethod)
            .AppendValue(row.Category)
            .AppendValue(row.SummaryRedacted)
            .AppendValue(row.LearningRedacted)
            .AppendValue(row.Outcome)
            .AppendValue(row.Escalated)
            .AppendValue(row.Compensation)
            .AppendValue(row.Reason)
            .AppendValue(rowHash)
            .AppendValue(row.TimescaleWorkingDays)
            .AppendValue(row.CodedThemes)
            .EndRow();

    public void Dispose() => _appender.Dispose();

    private void MoveToDisk()
    {
        _appender.Dispose();
        _connection.Execute(EmbeddedSql.Read("duckdb/load/01_move_staged_rows_to_disk.sql"));
        _appender = _connection.CreateAppender("staging", "case_row");
        Table = OnDiskTable;
    }
}
