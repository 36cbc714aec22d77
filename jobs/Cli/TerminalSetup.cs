using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>Plain, wide output when stdout or stderr is a file or pipe (cron, CI, a data team's log).</summary>
internal static class TerminalSetup
{
    private const int RedirectedWidth = 200;

    public static void Apply()
    {
        AnsiConsole.Console = Create(Console.Out, Console.IsOutputRedirected);
        VerbRunner.Errors = Create(Console.Error, Console.IsErrorRedirected);
    }

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(writer),
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
