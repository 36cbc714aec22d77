using ComplaintsAnalytics.Etl.CaseSystem;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>The table printed at the end of an import or refresh.</summary>
internal static class ImportSummary
{
    public static void Write(IReadOnlyList<ImportResult> results)
    {
        var table = new Table().Title("Import summary")
            .AddColumns("file", "run", "status", "read", "loaded", "updated", "unchanged", "rejected", "seconds", "note");
        foreach (var r in results)
        {
            table.AddRow(
                Markup.Escape(r.FileName),
                r.RunId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                r.Status switch
                {
                    ImportStatus.Succeeded => "[green]loaded[/]",
                    ImportStatus.Skipped => "[yellow]already loaded[/]",
                    _ => "[red]failed[/]",
                },
                $"{r.Read:N0}",
                $"{r.Loaded:N0}",
                $"{r.Updated:N0}",
                $"{r.Unchanged:N0}",
                r.Rejected > 0 ? $"[yellow]{r.Rejected:N0}[/]" : "0",
                $"{r.Elapsed.TotalSeconds:F1}",
                Markup.Escape(r.Message ?? (r.Rejected > 0 ? $"see: rejects --run {r.RunId}" : string.Empty)));
        }

        AnsiConsole.Write(table);
    }
}
