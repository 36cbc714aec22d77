using System.Runtime.ExceptionServices;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// A file read ahead, staged through a second connection into a table of an in-memory database while the file before it
/// merges: the import then reads its rows from there instead of staging them itself. Up to the in-memory staging limits
/// only: a larger file's rows move to <c>staging.case_row</c> and the import stages the rest there, as for any large file.
/// </summary>
internal sealed class StagedAhead
{
    /// <summary>
    /// The in-memory database the tables live in: attached once per process and shared by its connections, gone with it.
    /// A transaction may write to one database only, so the import's merge only reads these tables.
    /// </summary>
    internal const string Database = "import_ahead";

    private StagedAhead(string table) => Table = table;

    /// <summary>The table holding the rows, with run id 0 (the run starts only when the import does).</summary>
    public string Table { get; }

    /// <summary>Rows read, staged or not.</summary>
    public long Read { get; private set; }

    /// <summary>Rows that could not be conformed (their rejects are in <see cref="ConformedRows.Rejects"/>).</summary>
    public HashSet<long> RejectedRows { get; } = [];

    /// <summary>The row that would have crossed a limit, if any: the import stages it, and the rest of the file, itself.</summary>
    public ConformedRows.Row? Overflow { get; private set; }

    /// <summary>
    /// What stopped the staging early (a row the reader could not parse, a full disk): the import throws it inside its run,
    /// where reading that row there and then would have.
    /// </summary>
    public ExceptionDispatchInfo? Error { get; private set; }

    /// <summary>Attaches the in-memory database the read-ahead tables go in, if this process has not yet.</summary>
    public static void Attach(DuckDBConnection connection) => connection.Execute($"ATTACH IF NOT EXISTS ':memory:' AS {Database}");

    /// <summary>
    /// Stages <paramref name="rows"/> through <paramref name="connection"/> until they end or would cross the limits of
    /// <see cref="StagingWriter"/>'s temporary table.
    /// </summary>
    public static StagedAhead Stage(DuckDBConnection connection, ConformedRows rows, int inMemoryRows)
    {
        var table = $"staged_{Guid.NewGuid():N}";
        var staged = new StagedAhead($"{Database}.main.{table}");
        try
        {
            connection.Execute($"CREATE TABLE {staged.Table} AS SELECT * FROM staging.case_row LIMIT 0");
            using var appender = connection.CreateAppender(Database, "main", table);
            staged.Append(appender, rows, inMemoryRows);
        }
        catch (Exception ex)
        {
            staged.Error = ExceptionDispatchInfo.Capture(ex);
        }

        return staged;
    }

    /// <summary>
    /// The run's staged rows, as the load statements read them: <see cref="Table"/> with the run's id. A view only, so the
    /// merge's transaction reads this database and writes none of it.
    /// </summary>
    public void NameInView(DuckDBConnection connection, long runId) =>
        connection.Execute($"CREATE OR REPLACE TEMP VIEW staged_case_row AS SELECT * REPLACE (CAST({runId} AS BIGINT) AS run_id) FROM {Table}");

    /// <summary>Moves the rows staged so far to <c>staging.case_row</c> with the run's id; the view then names that table.</summary>
    public void MoveToDisk(DuckDBConnection connection, long runId)
    {
        connection.Execute($"INSERT INTO {StagingWriter.OnDiskTable} SELECT * REPLACE (CAST({runId} AS BIGINT) AS run_id) FROM {Table}");
        connection.Execute($"CREATE OR REPLACE TEMP VIEW staged_case_row AS SELECT * FROM {StagingWriter.OnDiskTable}");
        Drop(connection);
    }

    /// <summary>
    /// Removes the table; outside any transaction that wrote to the warehouse. Best effort: the table is in memory only,
    /// so it goes with the process anyway, and the outcome of the run it served is the one to report.
    /// </summary>
    public void Drop(DuckDBConnection connection)
    {
        try
        {
            connection.Execute($"DROP TABLE IF EXISTS {Table}");
        }
        catch (DuckDBException)
        {
            // See above.
        }
    }

    private void Append(DuckDBAppender appender, ConformedRows rows, int inMemoryRows)
    {
        long staged = 0;
        long characters = 0;
        foreach (var row in rows.Items())
        {
            if (row.Conformed is null)
            {
                Read++;
                RejectedRows.Add(row.RowNumber);
                continue;
            }

            var rowCharacters = StagingWriter.TextCharacters(row.Conformed);
            if (StagingWriter.Outgrows(staged + 1, characters + rowCharacters, inMemoryRows))
            {
                Overflow = row;
                return;
            }

            Read++;
            staged++;
            characters += rowCharacters;
            StagingWriter.AppendRow(appender, 0, row.Conformed, row.Hash!);
        }
    }
}
