using System.CommandLine;
using System.Globalization;
using Dapper;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>
/// <c>runs</c>: the last runs at a glance, newest first. A scheduled or manual job run is one row with its
/// files, rows and rejects summed over the imports it made; <c>--files</c> lists every run in <c>etl.run</c>.
/// </summary>
internal static class RunsCommand
{
    private const string JobRuns =
        """
        SELECT r.run_id AS run, coalesce(j.job_name, r.kind) AS job, coalesce(j.trigger_kind, 'manual') AS "trigger",
               strftime(r.started_at, '%Y-%m-%d %H:%M:%S') AS started_utc,
               round(date_diff('millisecond', r.started_at, r.finished_at) / 1000.0, 1) AS took_s,
               CASE WHEN j.run_id IS NULL THEN CASE WHEN r.source_file IS NULL THEN 0 ELSE 1 END
                    ELSE j.files_loaded + j.files_skipped + j.files_failed END AS files,
               coalesce(j.files_failed, CASE WHEN r.status = 'failed' AND r.source_file IS NOT NULL THEN 1 ELSE 0 END) AS files_failed,
               r.rows_read AS "rows", r.rows_rejected AS rejects, r.status,
               j.failed_step, coalesce(r.message, '') AS message
        FROM etl.run AS r
        LEFT JOIN etl.job_run AS j ON j.run_id = r.run_id
        WHERE NOT EXISTS (SELECT 1 FROM etl.job_run AS p WHERE r.run_id > p.run_id AND r.run_id <= p.last_run_id)
        ORDER BY r.run_id DESC
        LIMIT $last
        """;

    private const string AllRuns =
        """
        SELECT run_id, kind, status, started_at, round(date_diff('millisecond', started_at, finished_at) / 1000.0, 1) AS seconds,
               regexp_extract(source_file, '[^/\\]+$') AS file, rows_read AS "read", rows_loaded AS loaded,
               rows_updated AS updated, rows_unchanged AS unchanged, rows_rejected AS rejected, message
        FROM etl.run ORDER BY run_id DESC LIMIT $last
        """;

    public static Command Create()
    {
        var last = new Option<int>("--last") { Description = "How many runs to show.", DefaultValueFactory = _ => 20 };
        var files = new Option<bool>("--files") { Description = "Every run in etl.run, one per file imported, instead of one per job run." };
        var command = new Command("runs", "Show the last runs: started, took, files, rows, rejects, status, and the step that failed.") { last, files, SqlCommand.Format };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (_, connection) =>
        {
            var parameters = new { last = parse.GetValue(last) };
            if (parse.GetValue(files) || parse.GetValue(SqlCommand.Format) == "csv")
            {
                using var reader = connection.ExecuteReader(parse.GetValue(files) ? AllRuns : JobRuns, parameters);
                QueryOutput.Write(reader, parse.GetValue(SqlCommand.Format)!, "Runs");
                return 0;
            }

            var rows = connection.Query<RunRow>(JobRuns, parameters).ToList();
            AnsiConsole.Write(Table(rows));
            VerbRunner.Errors.WriteLine($"{rows.Count:N0} run(s); rejected rows: rejects --run <id>; every file: runs --files");
            return 0;
        }));
        return command;
    }

    private static Table Table(IReadOnlyList<RunRow> rows)
    {
        var table = new Table().Title("Runs")
            .AddColumns("run", "job", "trigger", "started (UTC)", "took", "files", "rows", "rejects", "status", "failed step", "message");
        foreach (var r in rows)
        {
            table.AddRow(
                r.run.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(r.job),
                Markup.Escape(r.trigger),
                r.started_utc,
                r.took_s is { } took ? $"{took:F1} s" : "-",
                r.files_failed > 0 ? $"{r.files} [red]({r.files_failed} failed)[/]" : r.files.ToString(CultureInfo.InvariantCulture),
                $"{r.rows:N0}",
                r.rejects > 0 ? $"[yellow]{r.rejects:N0}[/]" : "0",
                r.status switch
                {
                    "succeeded" => "[green]succeeded[/]",
                    "failed" => "[red]failed[/]",
                    "running" => "[blue]running[/]",
                    _ => $"[yellow]{Markup.Escape(r.status)}[/]",
                },
                Markup.Escape(r.failed_step ?? string.Empty),
                Markup.Escape(r.message.Length > 160 ? r.message[..157] + "..." : r.message));
        }

        return table;
    }

    // Column names as the query spells them, so Dapper maps them without aliases twice over.
#pragma warning disable IDE1006, SA1300
    private sealed record RunRow(long run, string job, string trigger, string started_utc, double? took_s, long files, long files_failed,
        long rows, long rejects, string status, string? failed_step, string message);
#pragma warning restore IDE1006, SA1300
}
