using System.CommandLine;
using ComplaintsAnalytics.Etl.Warehouse;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary><c>migrate</c>: bring the warehouse schema up to date (every other verb does this first too).</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the warehouse schema and seed reference data.");
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (_, connection) =>
        {
            AnsiConsole.MarkupLineInterpolated($"Warehouse [bold]{GlobalOptions.WarehouseFrom(parse).Value}[/] is at schema version {WarehouseMigrator.CurrentVersion(connection)}.");
            return 0;
        }));
        return command;
    }
}
