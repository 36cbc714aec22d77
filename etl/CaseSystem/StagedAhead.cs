using System.Runtime.ExceptionServices;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// The first rows of a file read ahead, staged through a second connection into a table of an in-memory database while
/// the file before it merges; the import copies them into its own staging and goes on from there. Up to the in-memory
/// staging limits only: a larger file's remaining rows are staged by the import as usual.
/// </summary>
internal sealed class StagedAhead
{
    /// <summary>The in-memory database the tables live in (attached once per warehouse; gone with the process).</summary>
    private const string Database = "import_ahead";

    private StagedAhead(string table) => Table = table;

    /// <summary>The table holding the rows, with run id 0 (the run starts only when the import does).</summary>
    public string Table { get; }

    /// <summary>Rows read, staged or not.</summary>
    public long Read { get; private set; }

    /// <summary>Rows staged.</summary>
    public long Rows { get; private set; }

    /// <summary>Free-text characters staged, as the in-memory limit counts them.</summary>
    public long TextCharacters { get; private set; }

    /// <summary>Rows that could not be conformed (their rejects are in <see cref="ConformedRows.Rejects"/>).</summary>
    public HashSet<long> RejectedRows { get; } = [];

    /// <summary>The row that would have crossed a limit: the import stages it first.</summary>
    public ConformedRows.Row? Overflow { get; private set; }

    /// <summary>
    /// What stopped the staging early (a row the reader could not parse, a full disk): the import throws it inside its run,
    /// where reading that row there and then would have.
    /// </summary>
    public ExceptionDispatchInfo? Error { get; private set; }

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
            Execute(connection, $"ATTACH IF NOT EXISTS ':memory:' AS {Database}");
            Execute(connection, $"CREATE TABLE {staged.Table} AS SELECT * FROM staging.case_row LIMIT 0");
            using var appender = connection.CreateAppender(Database, "main", table);
            staged.Append(appender, rows, inMemoryRows);
        }
        catch (Exception ex)
        {
            staged.Error = ExceptionDispatchInfo.Capture(ex);
        }

        return staged;
    }

    private void Append(DuckDBAppender appender, ConformedRows rows, int inMemoryRows)
    {
        foreach (var row in rows.Items())
        {
            if (row.Conformed is null)
            {
                Read++;
                RejectedRows.Add(row.RowNumber);
                continue;
            }

            var characters = StagingWriter.TextCharacters(row.Conformed);
            if (Rows + 1 > inMemoryRows || TextCharacters + characters > StagingWriter.InMemoryTextCharacters)
            {
                Overflow = row;
                return;
            }

            Read++;
            Rows++;
            TextCharacters += characters;
            StagingWriter.AppendRow(appender, 0, row.Conformed, row.Hash!);
        }
    }

    /// <summary>Removes the table (a read-ahead that was not imported, or after its rows were copied).</summary>
    public void Drop(DuckDBConnection connection) => Execute(connection, $"DROP TABLE IF EXISTS {Table}");

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
