using System.Diagnostics;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Bench;

/// <summary>
/// Generates N-row exports, then measures (a) the reader alone, touching every cell, and (b) the whole
/// import into a fresh DuckDB warehouse, with the process's peak working set after each.
/// </summary>
internal static class CaseImportBenchmark
{
    /// <summary>With <paramref name="repeat"/> above 1, each format's import runs that many times, each on a fresh warehouse (one table row each).</summary>
    public static int Run(int rows, string folder, IReadOnlyList<string> formats, int repeat = 1)
    {
        Directory.CreateDirectory(folder);
        var table = new Table().Title($"Case import benchmark: {rows:N0} rows, {Environment.ProcessorCount} cores, {Environment.OSVersion}")
            .AddColumns("format", "file MB", "generate s", "read-only s", "read-only rows/s", "read peak MB", "import s", "import rows/s", "import / read", "import peak MB");
        using var services = JobsServices.Build();
        foreach (var format in formats)
        {
            var path = Path.Combine(folder, $"bench-{rows}.{format}");
            var generate = Stopwatch.StartNew();
            if (format == "xlsx")
            {
                SyntheticCaseExport.WriteXlsx(path, rows);
            }
            else
            {
                SyntheticCaseExport.WriteCsv(path, rows);
            }

            generate.Stop();
            PeakMemory.Reset();
            var readSeconds = MeasureRead(path);
            var readPeak = PeakMemory.Megabytes();
            for (var run = 1; run <= Math.Max(1, repeat); run++)
            {
                AddImportRow(services, table, format, path, rows, generate.Elapsed.TotalSeconds, readSeconds, readPeak, repeat > 1 ? $" #{run}" : string.Empty);
            }
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static void AddImportRow(ServiceProvider services, Table table, string format, string path, int rows, double generateSeconds, double readSeconds, double readPeak, string label)
    {
        var readRate = rows / readSeconds;
        var folder = Path.GetDirectoryName(path)!;
        var warehouse = Path.Combine(folder, $"bench-{format}.duckdb");
        File.Delete(warehouse);
        File.Delete(warehouse + ".wal");
        ImportResult result;
        Stopwatch import;
        using (var connection = DuckDbWarehouse.Open(new WarehouseLocation(warehouse)))
        {
            services.GetRequiredService<WarehouseMigrator>().Migrate(connection);
            PeakMemory.Reset();
            import = Stopwatch.StartNew();
            result = services.GetRequiredService<CaseImport>().Import(connection, new CaseImportRequest(path, MappingProfile.Canonical, Force: true));
            import.Stop();
        }

        if (result.Read != rows)
        {
            throw new InvalidOperationException($"The benchmark import read {result.Read} rows, expected {rows}.");
        }

        var importRate = rows / import.Elapsed.TotalSeconds;
        var importPeak = PeakMemory.Megabytes();

        // Printed at once as well: a run that crashes the process later still leaves this one's figures.
        AnsiConsole.MarkupLine(System.Globalization.CultureInfo.InvariantCulture,
            $"{format}{label}: import {import.Elapsed.TotalSeconds:F1} s, {importRate:N0} rows/s, peak {importPeak:F0} MB, load average {LoadAverage.Now()}");
        table.AddRow(
            format + label,
            $"{new FileInfo(path).Length / 1048576.0:F1}",
            $"{generateSeconds:F1}",
            $"{readSeconds:F1}",
            $"{readRate:N0}",
            $"{readPeak:F0}",
            $"{import.Elapsed.TotalSeconds:F1}",
            $"{importRate:N0}",
            $"{importRate / readRate:P0}",
            $"{importPeak:F0}");
    }

    /// <summary>Seconds to read every cell of every row: the physical floor for an import.</summary>
    private static double MeasureRead(string path)
    {
        var stopwatch = Stopwatch.StartNew();
        long count = 0;
        using (var reader = TabularReaderFactory.Open(path))
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.Headers.Count; i++)
                {
                    _ = reader.GetValue(i);
                }

                count++;
            }
        }

        return stopwatch.Elapsed.TotalSeconds;
    }
}
