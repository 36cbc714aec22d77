using System.CommandLine;
using System.Globalization;
using ComplaintsAnalytics.PowerBI;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli.PowerBI;

/// <summary>
/// <c>powerbi status</c>: the last powerbi runs from the warehouse's run log and, when Power BI is set up,
/// the semantic model's refresh history in the service with the refreshes left today on shared capacity.
/// </summary>
internal static class PowerBIStatusCommand
{
    public static Command Create()
    {
        var last = new Option<int>("--last") { Description = "How many runs and refreshes to show.", DefaultValueFactory = _ => 10 };
        var local = new Option<bool>("--local") { Description = "Show the run log only; do not call Power BI." };
        var command = new Command("status", "Show the last Power BI runs from etl.run and the semantic model's refresh history in the service.") { last, local };
        return command.WithAction(async (parse, services, warehouse, cancellationToken) =>
        {
            var count = parse.GetValue(last);
            WriteRuns(warehouse.Query<(long RunId, string? Operation, string Status, DateTime StartedAt, long? Seconds, string? Dataset, string? Outcome, long Rows, string? Message)>(
                """
                SELECT r.run_id, p.operation, r.status, r.started_at, date_diff('second', r.started_at, r.finished_at),
                       coalesce(p.dataset_name, p.dataset_id), p.outcome, r.rows_loaded, r.message
                FROM etl.run AS r
                LEFT JOIN etl.powerbi_run AS p ON p.run_id = r.run_id
                WHERE r.kind = $kind
                ORDER BY r.run_id DESC
                LIMIT $count
                """,
                new { kind = PowerBIPublisher.RunKind, count }).ToList());

            if (parse.GetValue(local))
            {
                return 0;
            }

            if (!PowerBIPublisher.IsConfigured(services.GetRequiredService<IConfiguration>()))
            {
                VerbRunner.Errors.WriteLine("Power BI is not set up (PowerBI:TenantId, ClientId, WorkspaceId), so only the run log is shown. See powerbi/README.md.");
                return 0;
            }

            var options = services.GetRequiredService<IOptions<PowerBIOptions>>().Value;
            if (string.IsNullOrWhiteSpace(options.DatasetId))
            {
                VerbRunner.Errors.WriteLine("PowerBI:DatasetId is not set, so there is no refresh history to show.");
                return 0;
            }

            // The service's default 60 entries, so the day's refreshes are all counted whatever --last shows.
            var client = services.GetRequiredService<PowerBIClient>();
            var history = await client.GetRefreshHistoryAsync(Math.Max(count, 60), cancellationToken);
            WriteHistory(history, count, options, services.GetRequiredService<TimeProvider>().GetUtcNow());
            return 0;
        });
    }

    private static void WriteRuns(
        List<(long RunId, string? Operation, string Status, DateTime StartedAt, long? Seconds, string? Dataset, string? Outcome, long Rows, string? Message)> runs)
    {
        var table = new Table().Title("Power BI runs (etl.run)").AddColumns("run", "operation", "status", "started (UTC)", "seconds", "dataset", "outcome", "rows", "message");
        foreach (var run in runs)
        {
            table.AddRow(
                run.RunId.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(run.Operation ?? "-"),
                run.Status switch { "succeeded" => "[green]succeeded[/]", "running" => "[yellow]running[/]", var other => $"[red]{Markup.Escape(other)}[/]" },
                run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                run.Seconds?.ToString(CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape(run.Dataset ?? "-"),
                Markup.Escape(run.Outcome ?? "-"),
                run.Rows.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(run.Message ?? ""));
        }

        AnsiConsole.Write(table);
        VerbRunner.Errors.WriteLine(runs.Count == 0 ? "No Power BI runs yet." : $"{runs.Count} run(s)");
    }

    private static void WriteHistory(IReadOnlyList<RefreshHistoryEntry> history, int shown, PowerBIOptions options, DateTimeOffset now)
    {
        var table = new Table().Title($"Refresh history of {Markup.Escape(options.DatasetId)} (Power BI)")
            .AddColumns("request", "type", "status", "started (UTC)", "ended (UTC)", "error");
        foreach (var entry in history.Take(shown))
        {
            table.AddRow(
                Markup.Escape(entry.RequestId ?? "-"),
                Markup.Escape(entry.RefreshType ?? "-"),
                Markup.Escape(entry.Status == "Unknown" ? "running" : entry.Status),
                entry.StartTime?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-",
                entry.EndTime?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape(entry.ServiceExceptionJson ?? ""));
        }

        AnsiConsole.Write(table);
        if (options.Capacity == PowerBICapacity.Shared)
        {
            var since = now.AddHours(-24);
            var used = history.Count(e => e.StartTime > since);
            VerbRunner.Errors.WriteLine(
                $"Shared capacity: {used} of {options.DailyRefreshLimit} refreshes started in the last 24 hours (scheduled ones included).");
        }
    }
}
