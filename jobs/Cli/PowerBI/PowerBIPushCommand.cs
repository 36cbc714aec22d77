using System.CommandLine;
using System.Globalization;
using ComplaintsAnalytics.PowerBI;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli.PowerBI;

/// <summary><c>powerbi push</c>: replace the push dataset's tables with the mart views, within the push limits.</summary>
internal static class PowerBIPushCommand
{
    public static Command Create()
    {
        var command = new Command(
            "push",
            "Create or update the push dataset (PowerBI:Push:DatasetName) from the mart views and replace every table's rows; for councils whose Power BI cannot reach the warehouse.");
        return command.WithAction(async (_, services, warehouse, cancellationToken) =>
        {
            var publisher = services.GetRequiredService<PowerBIPublisher>();
            var result = await publisher.PushAsync(warehouse, cancellationToken);
            var table = new Table().Title($"Power BI push, run {result.RunId}, dataset {Markup.Escape(result.DatasetId ?? "")}")
                .AddColumns("table", "rows", "requests", "strings cut to 4,000", "waited for limits");
            foreach (var pushed in result.Tables)
            {
                table.AddRow(
                    Markup.Escape(pushed.Table),
                    pushed.Rows.ToString("N0", CultureInfo.InvariantCulture),
                    pushed.Requests.ToString("N0", CultureInfo.InvariantCulture),
                    pushed.TruncatedValues.ToString("N0", CultureInfo.InvariantCulture),
                    pushed.Throttled.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            VerbRunner.Errors.WriteLine($"{result.RowsPushed:N0} rows pushed to {result.Tables.Count} tables.");
            return 0;
        });
    }
}
