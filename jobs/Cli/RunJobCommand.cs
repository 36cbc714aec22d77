using System.CommandLine;
using System.Globalization;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Hosting;
using ComplaintsAnalytics.Jobs.Scheduling.Hosting;
using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Microsoft.Extensions.Options;
using Quartz;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary><c>run &lt;job&gt;</c>: one run of a scheduled job, now, through the same code path as <c>serve</c>.</summary>
internal static class RunJobCommand
{
    public static Command Create()
    {
        var job = new Argument<string>("job") { Description = $"The job: {string.Join(", ", JobCatalogue.All.Select(j => j.Name))}." };
        var wait = new Option<TimeSpan>("--wait")
        {
            Description = "How long to wait if another run holds the warehouse, e.g. 00:30:00 (default: do not wait).",
            DefaultValueFactory = _ => TimeSpan.Zero,
        };
        var command = new Command("run", "Run a job once now (the steps serve runs on its schedule), and record it in etl.run.") { job, wait };
        command.SetAction(parse => Guard(() =>
        {
            var definition = JobCatalogue.Find(parse.GetValue(job)!)
                ?? throw new UserInputException($"There is no job \"{parse.GetValue(job)}\". Jobs: {string.Join(", ", JobCatalogue.All.Select(j => $"{j.Name} ({j.Description})"))}");
            var warehouse = ScheduledWarehouse(parse);
            using var services = JobsServices.Build();
            var outcome = JobLauncher.RunOnce(services, warehouse, definition, parse.GetValue(wait));
            if (outcome is null)
            {
                VerbRunner.Errors.WriteLine($"{definition.Name} was stopped before it started; nothing ran.");
                return 130;
            }

            if (outcome.RunId is null && outcome.Status == JobStatus.Failed)
            {
                var hint = outcome.Exception is Scheduling.Locking.WarehouseBusyException ? " Run again when it has finished, or pass --wait 00:30:00 to wait for it." : string.Empty;
                VerbRunner.Errors.WriteLine(outcome.Message + hint);
                return outcome.Failure == FailureKind.Error ? 2 : 1;
            }

            Write(outcome);
            return outcome.Status switch
            {
                JobStatus.Succeeded => 0,
                JobStatus.Cancelled => 130,
                _ when outcome.Failure == FailureKind.Error => 2,
                _ => 1,
            };
        }));
        return command;
    }

    /// <summary>The warehouse a scheduling verb loads: only the embedded DuckDB file can be loaded by this build.</summary>
    public static WarehouseLocation ScheduledWarehouse(ParseResult parse)
    {
        var warehouse = GlobalOptions.WarehouseFrom(parse);
        return warehouse.IsSqlServer
            ? throw new UserInputException(
                "This build loads into the embedded DuckDB warehouse only; point --warehouse at a .duckdb file. (The scheduler's own job store can be on SQL Server: Scheduler:Store.)")
            : warehouse;
    }

    /// <summary>Turns configuration and user errors into one plain line and exit code 1, as every verb does.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                VerbRunner.Errors.WriteLine(failure);
            }

            return 1;
        }
        catch (Exception ex) when (ex is UserInputException or WarehouseUnavailableException)
        {
            VerbRunner.Errors.WriteLine(ex.Message);
            return 1;
        }
        catch (SchedulerException ex)
        {
            VerbRunner.Errors.WriteLine($"The scheduler could not start: {ex.Message}");
            return 2;
        }
    }

    private static void Write(JobOutcome outcome)
    {
        var status = outcome.Status switch
        {
            JobStatus.Succeeded => "[green]succeeded[/]",
            JobStatus.Cancelled => "[yellow]cancelled[/]",
            _ => "[red]failed[/]",
        };
        var table = new Table().Title(Markup.Escape($"{outcome.Request.JobName}, run {outcome.RunId}"))
            .AddColumns("status", "took", "files loaded", "already loaded", "files failed", "rows", "rejects", "failed step");
        table.AddRow(
            status,
            $"{outcome.Elapsed.TotalSeconds:F1} s",
            outcome.FilesLoaded.ToString(CultureInfo.InvariantCulture),
            outcome.FilesSkipped.ToString(CultureInfo.InvariantCulture),
            outcome.FailedFiles.Count.ToString(CultureInfo.InvariantCulture),
            $"{outcome.RowsRead:N0}",
            outcome.RowsRejected > 0 ? $"[yellow]{outcome.RowsRejected:N0}[/]" : "0",
            Markup.Escape(outcome.FailedStep ?? "-"));
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(outcome.Message);
        foreach (var file in outcome.FailedFiles)
        {
            AnsiConsole.WriteLine($"  {file.File}: {file.Reason}");
        }
    }
}
