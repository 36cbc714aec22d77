using System.Globalization;
using System.Text;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Bench;
using ComplaintsAnalytics.Jobs.Hosting;
using ComplaintsAnalytics.Jobs.Refresh;
using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using ComplaintsAnalytics.Jobs.Scheduling.Running;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Scheduling.Bench;

/// <summary>
/// <c>bench --nightly</c>: the Nightly chain (the same runner and steps as <c>serve</c>) on a history of N rows,
/// then the nights after it: (a) a delta export of the 1% of rows that changed, beside the unchanged history
/// file dropped again (skipped by its hash); (b) a full re-export in which a different 1% changed.
/// </summary>
internal static class NightlyBenchmark
{
    public static IReadOnlyList<NightlyMeasurement> Run(int rows, string folder, IAnsiConsole console)
    {
        var root = Path.GetFullPath(Path.Combine(folder, "nightly"));
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var inbox = Path.Combine(root, "inbox");
        Directory.CreateDirectory(inbox);
        var history = Path.Combine(root, $"history-{rows}.csv");
        SyntheticCaseExport.WriteCsv(history, rows);
        using var services = JobsServices.Build();

        // The bench's own inbox; the options object is the one the ImportInbox step reads.
        var inboxOptions = services.GetRequiredService<InboxOptions>();
        inboxOptions.InboxPath = inbox;
        inboxOptions.ProfilesPath = Path.Combine(root, "profiles");
        var warehouse = new WarehouseLocation(Path.Combine(root, "warehouse.duckdb"));
        var measurements = new List<NightlyMeasurement>();

        File.Copy(history, Path.Combine(inbox, "history.csv"));
        measurements.Add(Measure(services, warehouse, "full load of the history", rows));

        File.Copy(history, Path.Combine(inbox, "history-again.csv"));
        WriteExport(Path.Combine(inbox, "changes.csv"), rows, changedOffsets: [0], onlyOffset: 0);
        measurements.Add(Measure(services, warehouse, "nightly: 1% changed, delta export + unchanged file again", rows));

        WriteExport(Path.Combine(inbox, "reexport.csv"), rows, changedOffsets: [0, 50], onlyOffset: null);
        measurements.Add(Measure(services, warehouse, "nightly: 1% changed, full re-export", rows));

        var full = measurements[0].Seconds;
        var table = new Table().Title($"Nightly chain: {rows:N0} historic rows, {Environment.ProcessorCount} cores")
            .AddColumns("night", "files loaded", "already loaded", "rows read", "inserted", "updated", "unchanged", "seconds", "of full load");
        foreach (var m in measurements)
        {
            table.AddRow(Markup.Escape(m.Scenario), $"{m.FilesLoaded}", $"{m.FilesSkipped}", $"{m.Read:N0}", $"{m.Loaded:N0}", $"{m.Updated:N0}", $"{m.Unchanged:N0}",
                $"{m.Seconds:F1}", $"{m.Seconds / full:P1}");
        }

        console.Write(table);
        return measurements;
    }

    private static NightlyMeasurement Measure(IServiceProvider services, WarehouseLocation warehouse, string scenario, int rows)
    {
        var request = new JobRequest(NightlyJob.JobName, TriggerKind.Manual, 0, null, null, warehouse, TimeSpan.Zero);
        var outcome = services.GetRequiredService<JobRunner>().RunAsync(request, NightlyJob.Steps(services), CancellationToken.None).GetAwaiter().GetResult();
        if (outcome.Status != JobStatus.Succeeded || outcome.RunId is not { } runId)
        {
            throw new InvalidOperationException($"The benchmark night \"{scenario}\" did not succeed: {outcome.Message}");
        }

        using var connection = DuckDbWarehouse.Open(warehouse);
        var counts = Dapper.SqlMapper.QuerySingle<(long Read, long Loaded, long Updated, long Unchanged)>(connection,
            "SELECT rows_read, rows_loaded, rows_updated, rows_unchanged FROM etl.run WHERE run_id = $run_id", new { run_id = runId });
        _ = rows;
        return new NightlyMeasurement(scenario, outcome.FilesLoaded, outcome.FilesSkipped, counts.Read, counts.Loaded, counts.Updated, counts.Unchanged, outcome.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The history with every 100th row from each of <paramref name="changedOffsets"/> answered a day later, as a
    /// council's system shows a corrected response date: the whole export, or only the rows of one offset.
    /// </summary>
    private static void WriteExport(string path, int rows, int[] changedOffsets, int? onlyOffset)
    {
        const int ResponseDate = 6;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(string.Join(',', SyntheticCaseExport.Header));
        var index = 0;
        foreach (var row in SyntheticCaseExport.Rows(rows))
        {
            var slot = index++ % 100;
            if (changedOffsets.Contains(slot) && row[ResponseDate] is DateTime responded)
            {
                row[ResponseDate] = responded.AddDays(1);
            }

            if (onlyOffset is null || slot == onlyOffset)
            {
                writer.WriteLine(string.Join(',', row.Select(Csv)));
            }
        }
    }

    private static string Csv(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        string s when s.IndexOfAny([',', '"', '\n']) >= 0 => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
