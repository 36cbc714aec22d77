using System.CommandLine;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>The theme verbs: <c>train</c>, <c>evaluate</c>, <c>classify</c>, <c>review export</c>, <c>review import</c>.</summary>
internal static class ThemeCommands
{
    public static void AddTo(RootCommand root)
    {
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
    }
}
