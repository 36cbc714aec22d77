using Spectre.Console;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Jobs.Hosting;
using ComplaintsAnalytics.Models;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>
/// Runs a verb that reads and writes files only (<c>classify</c>, <c>evaluate</c>): like <see cref="VerbRunner"/>
/// but without opening the warehouse, so it works while a load holds the warehouse and on a machine without one.
/// </summary>
internal static class FileVerbRunner
{
    public static int Run(Func<IServiceProvider, int> body)
    {
        try
        {
            using var services = JobsServices.Build();
            return body(services);
        }
        catch (Exception ex) when (ex is FileRefusedException or UserInputException or CorpusFormatException)
        {
            VerbRunner.Errors.WriteLine(ex.Message);
            return 1;
        }
    }
}
