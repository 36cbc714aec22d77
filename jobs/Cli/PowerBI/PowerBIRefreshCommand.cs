using System.CommandLine;
using System.Globalization;
using ComplaintsAnalytics.PowerBI;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli.PowerBI;

/// <summary><c>powerbi refresh</c>: refresh the import-mode semantic model and wait for the outcome.</summary>
internal static class PowerBIRefreshCommand
{
    public static Command Create()
    {
        var dataset = new Option<string?>("--dataset") { Description = "The semantic model (dataset) id to refresh (default: PowerBI:DatasetId)." };
        var command = new Command("refresh", "Refresh the import-mode semantic model, wait until it completes or fails, and record the outcome in etl.run.") { dataset };
        return command.WithAction(async (parse, services, warehouse, cancellationToken) =>
        {
            var publisher = services.GetRequiredService<PowerBIPublisher>();
            var result = await publisher.RefreshAsync(warehouse, parse.GetValue(dataset), cancellationToken);
            var refresh = result.Refresh!;
            var table = new Table().Title("Power BI refresh").AddColumns("run", "dataset", "request", "status", "started (UTC)", "ended (UTC)", "seconds");
            table.AddRow(
                result.RunId.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(result.DatasetId ?? ""),
                Markup.Escape(refresh.RequestId ?? "-"),
                result.Succeeded ? "[green]Completed[/]" : $"[red]{Markup.Escape(result.Outcome)}[/]",
                Time(refresh.StartTime),
                Time(refresh.EndTime),
                refresh.StartTime is { } start && refresh.EndTime is { } end ? ((end - start).TotalSeconds).ToString("F0", CultureInfo.InvariantCulture) : "-");
            AnsiConsole.Write(table);
            if (!result.Succeeded)
            {
                VerbRunner.Errors.WriteLine(result.Message ?? result.Outcome);
                return 1;
            }

            return 0;
        });
    }

    private static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-";
}
