using System.CommandLine;

namespace ComplaintsAnalytics.Jobs.Cli.Benchmark;

/// <summary>Registers <c>benchmark</c> and <c>export returns</c>.</summary>
internal static class BenchmarkVerbs
{
    public static void AddTo(RootCommand root)
    {
        root.Subcommands.Add(BenchmarkCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
    }
}
