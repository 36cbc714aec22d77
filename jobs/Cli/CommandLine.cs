using System.CommandLine;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>The verbs of the <c>complaints</c> command.</summary>
internal static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("ComplaintsAnalytics: children's services complaints warehouse, ETL and analytics.");
        root.Options.Add(GlobalOptions.Warehouse);
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(RefreshCommand.Create());
        root.Subcommands.Add(RunsCommand.Create());
        root.Subcommands.Add(RejectsCommand.Create());
        root.Subcommands.Add(SqlCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        Themes.ThemeCommands.AddTo(root);
        root.Subcommands.Add(PowerBI.PowerBICommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(RunJobCommand.Create());
        root.Subcommands.Add(PullCommand.Create());
        Benchmark.BenchmarkVerbs.AddTo(root);
        root.Subcommands.Add(Report.ReportCommand.Create());
        return root;
    }
}
