using ComplaintsAnalytics.Etl.Retention;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Hosting;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>
/// Runs a verb's body with services and an up-to-date warehouse, and turns user errors into one plain
/// line on stderr and exit code 1 (no stack traces); anything unexpected exits 2.
/// </summary>
internal static class VerbRunner
{
    public static int Run(ParseResultWarehouse warehouse, Func<IServiceProvider, DuckDBConnection, int> body)
    {
        try
        {
            using var services = JobsServices.Build();
            using var connection = DuckDbWarehouse.Open(warehouse.Location);
            if (!warehouse.Location.IsReadOnly)
            {
                var clock = services.GetRequiredService<TimeProvider>();
                services.GetRequiredService<WarehouseMigrator>().Migrate(connection);
                new RunLog(connection, clock).MarkInterrupted();
                RejectValueRetention.Purge(connection, clock, services.GetRequiredService<RetentionOptions>().RejectValueDays);
            }

            return body(services, connection);
        }
        catch (Exception ex) when (ex is FileRefusedException or WarehouseUnavailableException or UserInputException)
        {
            WriteError(ex.Message);
            return 1;
        }
        catch (IOException ex)
        {
            // A file still open in Excel, or a folder that cannot be written: the user can fix it and rerun.
            WriteError($"A file could not be read or moved: {ex.Message} Close it in any program that has it open and run again.");
            return 1;
        }
        catch (DuckDBException ex) when (ex.Message.Contains("read-only", StringComparison.OrdinalIgnoreCase))
        {
            WriteError($"The warehouse {warehouse.Location.Value} is read-only, so nothing can be loaded into it. Open it without ACCESS_MODE=READ_ONLY, or check the file and its folder can be written.");
            return 1;
        }
        catch (DuckDBException ex) when (ex.Message.StartsWith("IO Error", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("Could not write file", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase))
        {
            WriteError($"The warehouse could not be written ({ex.Message.Split('\n')[0]}). Check there is free disk space and the folder can be written; nothing from this run was kept.");
            return 1;
        }
        catch (DuckDBException ex)
        {
            WriteError($"The warehouse reported an error: {ex.Message}");
            return 2;
        }
    }

    /// <summary>One plain line on stderr, never wrapped, so scripts and log searches find the whole message.</summary>
    public static void WriteError(string message) => Console.Error.WriteLine(message);

    /// <summary>Messages, progress and counts for the person at the terminal; stdout carries only results.</summary>
    public static IAnsiConsole Errors { get; set; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
