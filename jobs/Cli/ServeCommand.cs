using System.CommandLine;
using ComplaintsAnalytics.Jobs.Hosting;
using ComplaintsAnalytics.Jobs.Scheduling.Hosting;
using ComplaintsAnalytics.Jobs.Scheduling.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary><c>serve</c>: the long-running scheduler host (a systemd or Windows service in production).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the scheduler: each job on its cron schedule from Scheduler:Jobs, until SIGTERM or Ctrl+C (which wait for a safe point).");

        // A synchronous action: System.CommandLine then leaves SIGTERM and Ctrl+C to the host, whose shutdown
        // waits for a running job instead of ending the process after two seconds.
        command.SetAction(parse => RunJobCommand.Guard(() =>
        {
            var warehouse = RunJobCommand.ScheduledWarehouse(parse);
            using var services = JobsServices.Build();
            using var host = SchedulerHost.Build(services, warehouse, HostMode.Serve);
            var schedule = services.GetRequiredService<IOptions<ScheduleOptions>>().Value;
            var store = services.GetRequiredService<IOptions<JobStoreOptions>>().Value;
            var enabled = schedule.Jobs.Where(j => j.Value.Enabled).Select(j => $"{j.Key} \"{j.Value.Cron}\"").ToList();
            VerbRunner.Errors.WriteLine(
                $"Scheduling {(enabled.Count == 0 ? "nothing (set Scheduler:Jobs:<job>:Cron)" : string.Join(", ", enabled))} in {schedule.TimeZone} " +
                $"on {warehouse.Value}; job store {store.Kind}{(store.Kind == JobStoreKind.SqlServer && store.Clustered ? ", clustered" : string.Empty)}.");
            host.Run();
            return 0;
        }));
        return command;
    }
}
