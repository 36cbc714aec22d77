using Spectre.Console;
using ComplaintsAnalytics.Etl.Themes;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>The theme assignment at the end of <c>refresh</c> and <c>import cases</c>, with one line for the person at the terminal.</summary>
internal static class ThemeAssignmentStep
{
    public static ThemeAssignmentResult Run(IServiceProvider services, DuckDBConnection connection)
    {
        var result = services.GetRequiredService<ThemeAssignment>().Assign(connection);
        VerbRunner.Errors.WriteLine(result.RunId is null
            ? $"Themes: every complaint stage is up to date (model {result.ModelVersion})."
            : $"Themes (run {result.RunId}): {result.Coded:N0} stages coded by the officer's category, {result.Predicted:N0} predicted by model {result.ModelVersion} ({result.Reassigned:N0} of them reassigned).");
        return result;
    }
}
