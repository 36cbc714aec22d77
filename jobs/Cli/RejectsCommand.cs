using System.CommandLine;
using Dapper;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary><c>rejects --run &lt;id&gt;</c>: the rows a run did not load and why.</summary>
internal static class RejectsCommand
{
    public static Command Create()
    {
        var run = new Option<long>("--run") { Description = "The run id (see: runs).", Required = true };
        var command = new Command("rejects", "Show the rows a run rejected, with file, row, column and reason.") { run, SqlCommand.Format };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (_, connection) =>
        {
            using var reader = connection.ExecuteReader(
                """
                SELECT regexp_extract(source_file, '[^/\\]+$') AS file, source_row AS "row", column_name AS "column",
                       case_reference, value, reason
                FROM etl.reject WHERE run_id = $run ORDER BY source_row, reject_id
                """,
                new { run = parse.GetValue(run) });
            QueryOutput.Write(reader, parse.GetValue(SqlCommand.Format)!, $"Rejects of run {parse.GetValue(run)}");
            return 0;
        }));
        return command;
    }
}
