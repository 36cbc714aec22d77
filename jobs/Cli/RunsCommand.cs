using System.CommandLine;
using Dapper;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary><c>runs</c>: the run history from <c>etl.run</c>, newest first.</summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        var last = new Option<int>("--last") { Description = "How many runs to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("runs", "Show the run history.") { last, SqlCommand.Format };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (_, connection) =>
        {
            using var reader = connection.ExecuteReader(
                """
                SELECT run_id, kind, status, started_at, round(date_diff('millisecond', started_at, finished_at) / 1000.0, 1) AS seconds,
                       regexp_extract(source_file, '[^/\\]+$') AS file, rows_read AS "read", rows_loaded AS loaded,
                       rows_updated AS updated, rows_unchanged AS unchanged, rows_rejected AS rejected, message
                FROM etl.run ORDER BY run_id DESC LIMIT $last
                """,
                new { last = parse.GetValue(last) });
            QueryOutput.Write(reader, parse.GetValue(SqlCommand.Format)!, "Runs");
            return 0;
        }));
        return command;
    }
}
