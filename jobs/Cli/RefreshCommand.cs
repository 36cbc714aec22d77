using System.CommandLine;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Jobs.Refresh;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary><c>refresh</c>: the nightly job body; <c>refresh --demo</c> loads the shipped demo export.</summary>
internal static class RefreshCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Load the demo export shipped in demo/ (invented data); files are left in place." };
        var inbox = new Option<DirectoryInfo?>("--inbox") { Description = "Inbox folder (default from settings: data/inbox)." };
        var profiles = new Option<DirectoryInfo?>("--profiles") { Description = "Folder of mapping profiles (default from settings: profiles)." };
        var force = new Option<bool>("--force") { Description = "Reload files whose content was loaded before." };
        var command = new Command("refresh", "Import every export waiting in the inbox, then move each to processed/ or failed/.") { demo, inbox, profiles, force };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
        {
            var options = services.GetRequiredService<InboxOptions>();
            var isDemo = parse.GetValue(demo);
            string inboxPath, profilesPath;
            if (isDemo)
            {
                var demoRoot = DemoFolder.Find();
                inboxPath = Path.Combine(demoRoot, "inbox");
                profilesPath = Path.Combine(demoRoot, "profiles");
            }
            else
            {
                inboxPath = parse.GetValue(inbox)?.FullName ?? options.InboxPath;
                profilesPath = parse.GetValue(profiles)?.FullName ?? options.ProfilesPath;
                if (!Directory.Exists(inboxPath))
                {
                    throw new UserInputException($"The inbox folder {inboxPath} does not exist. Create it and drop exports into it, or pass --inbox.");
                }
            }

            var refresh = services.GetRequiredService<InboxRefresh>();
            var profileList = InboxRefresh.LoadProfiles(profilesPath);
            var results = ImportProgress.Run("refresh", report =>
                refresh.Run(connection, inboxPath, profileList, moveFiles: !isDemo, parse.GetValue(force), report));
            Themes.ThemeAssignmentStep.Run(services, connection);
            if (results.Count == 0)
            {
                VerbRunner.Errors.WriteLine($"Nothing to load: no .xlsx, .xls or .csv files in {inboxPath}.");
                return 0;
            }

            ImportSummary.Write(results);
            Benchmark.BenchmarkDemo.LoadIfDemo(isDemo, services, connection);
            return results.Any(r => r.Status == ImportStatus.Failed) ? 1 : 0;
        }));
        return command;
    }
}
