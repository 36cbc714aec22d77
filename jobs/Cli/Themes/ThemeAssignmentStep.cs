using Spectre.Console;
using ComplaintsAnalytics.Etl.Themes;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>The theme assignment at the end of <c>refresh</c> and <c>import cases</c>, with one line for the person at the terminal.</summary>
internal static class ThemeAssignmentStep
{
    /// <param name="services">The verb's services.</param>
    /// <param name="connection">The warehouse.</param>
    /// <param name="loadRunId">The load run whose stages to assign (an import that loaded one file); null for every stage that needs it.</param>
    public static ThemeAssignmentResult Run(IServiceProvider services, DuckDBConnection connection, long? loadRunId = null)
    {
        var result = services.GetRequiredService<ThemeAssignment>().Assign(connection, loadRunId);
        VerbRunner.Errors.WriteLine(result.RunId is null
            ? $"Themes: every complaint stage is up to date (model {result.ModelVersion})."
            : $"Themes (run {result.RunId}): {result.Coded:N0} stages coded by the officer's category, {result.Predicted:N0} predicted by model {result.ModelVersion} ({result.Reassigned:N0} of them reassigned).");
        return result;
    }
}
