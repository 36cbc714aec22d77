using System.Diagnostics;
using ComplaintsAnalytics.Jobs.Bench;

namespace ComplaintsAnalytics.Jobs.Tests;

public sealed class FaultTests
{
    [Fact]
    public void Killing_the_import_at_twenty_random_moments_never_leaves_a_partial_load_and_the_final_rerun_equals_a_clean_load()
    {
        using var folder = new TemporaryFolder();
        var export = folder.Combine("export.csv");
        SyntheticCaseExport.WriteCsv(export, 60_000);
        var clean = folder.Combine("clean.duckdb");
        var killed = folder.Combine("killed.duckdb");
        Assert.Equal(0, ComplaintsCli.Run(folder.Path, "import", "cases", export, "--warehouse", clean).ExitCode);
        Assert.Equal(0, ComplaintsCli.Run(folder.Path, "migrate", "--warehouse", killed).ExitCode);
        var random = new Random(20261125);

        for (var attempt = 0; attempt < 20; attempt++)
        {
            using (var process = Process.Start(ComplaintsCli.StartInfo(folder.Path, "import", "cases", export, "--force", "--warehouse", killed))!)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                Thread.Sleep(random.Next(150, 2_500));
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            // All or nothing: the facts hold either no rows or every row of the file, and every row has its dimensions.
            var facts = WarehouseQuery.Scalar<long>(killed, "SELECT (SELECT count(*) FROM dw.fact_complaint_stage) + (SELECT count(*) FROM dw.fact_representation)");
            Assert.True(facts is 0 or 60_000, $"attempt {attempt}: {facts} fact rows after the kill");
            Assert.Equal(0, WarehouseQuery.Scalar<long>(killed, OrphanFacts));
            Assert.Equal(0, WarehouseQuery.Scalar<long>(killed, RepeatedKeys));
        }

        Assert.Equal(0, ComplaintsCli.Run(folder.Path, "import", "cases", export, "--force", "--warehouse", killed).ExitCode);

        Assert.Equal(WarehouseQuery.List<string>(clean, FactContent), WarehouseQuery.List<string>(killed, FactContent));
        Assert.Equal(0, WarehouseQuery.Scalar<long>(killed, "SELECT count(*) FROM etl.run WHERE status = 'running'"));
    }

    [Fact]
    public void Killing_the_first_run_while_it_builds_the_warehouse_leaves_a_warehouse_that_opens_and_loads()
    {
        using var folder = new TemporaryFolder();
        var sample = Path.Combine(AppContext.BaseDirectory, "fixtures", "case-system", "canonical-sample.csv");
        var random = new Random(7);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var warehouse = folder.Combine($"fresh-{attempt}.duckdb");
            using (var process = Process.Start(ComplaintsCli.StartInfo(folder.Path, "import", "cases", sample, "--warehouse", warehouse))!)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                Thread.Sleep(random.Next(300, 1_500));
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            var rerun = ComplaintsCli.Run(folder.Path, "import", "cases", sample, "--warehouse", warehouse);

            Assert.True(rerun.ExitCode == 0, $"attempt {attempt}: {rerun.StandardError}");
            Assert.Equal(5, WarehouseQuery.Scalar<long>(warehouse, "SELECT count(*) FROM dw.fact_complaint_stage"));
        }
    }

    [Fact]
    public void A_disk_that_fills_part_way_gives_a_plain_error_and_keeps_the_warehouse_as_it_was()
    {
        using var folder = new TemporaryFolder();
        var export = folder.Combine("export.csv");
        SyntheticCaseExport.WriteCsv(export, 200_000);
        var warehouse = folder.Combine("warehouse.duckdb");
        var sample = Path.Combine(AppContext.BaseDirectory, "fixtures", "case-system", "canonical-sample.csv");
        Assert.Equal(0, ComplaintsCli.Run(folder.Path, "import", "cases", sample, "--warehouse", warehouse).ExitCode);
        var before = WarehouseQuery.TableCounts(warehouse);

        // The shell limits any file the import writes to 16 MB: DuckDB's spill file cannot grow, as on a
        // full disk. SIGXFSZ is ignored so that the write fails with an error instead of a signal.
        var info = new ProcessStartInfo("bash") { WorkingDirectory = folder.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"trap '' XFSZ; ulimit -f 16384; exec dotnet '{ComplaintsCli.AssemblyPath}' import cases '{export}' --warehouse '{warehouse}'");
        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("The warehouse could not be written (", stderr, StringComparison.Ordinal);
        Assert.Contains("Check there is free disk space", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        // Staged rows written before the disk filled may stay until the next run clears them; the facts,
        // dimensions, rejects and everything else are exactly as before.
        var after = WarehouseQuery.TableCounts(warehouse);
        Assert.Equal(
            before.Where(t => t.Key != "etl.run" && !t.Key.StartsWith("staging.", StringComparison.Ordinal)),
            after.Where(t => t.Key != "etl.run" && !t.Key.StartsWith("staging.", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_read_only_warehouse_answers_queries_and_refuses_loads_plainly()
    {
        using var folder = new TemporaryFolder();
        var warehouse = folder.Combine("warehouse.duckdb");
        var sample = Path.Combine(AppContext.BaseDirectory, "fixtures", "case-system", "canonical-sample.csv");
        Assert.Equal(0, ComplaintsCli.Run(folder.Path, "import", "cases", sample, "--warehouse", warehouse).ExitCode);
        var readOnly = $"Data Source={warehouse};ACCESS_MODE=READ_ONLY";

        var query = ComplaintsCli.Run(folder.Path, "sql", "SELECT count(*) AS stages FROM dw.fact_complaint_stage", "--format", "csv", "--warehouse", readOnly);
        var load = ComplaintsCli.Run(folder.Path, "import", "cases", sample, "--force", "--warehouse", readOnly);

        Assert.Equal((0, "stages\n5\n"), (query.ExitCode, query.StandardOutput.ReplaceLineEndings("\n")));
        Assert.Equal(1, load.ExitCode);
        Assert.Contains("is read-only, so nothing can be loaded into it.", load.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", load.StandardError, StringComparison.Ordinal);
    }

    private const string OrphanFacts = """
        SELECT count(*) FROM dw.fact_complaint_stage AS f
        LEFT JOIN dw.dim_authority AS a ON a.authority_key = f.authority_key
        LEFT JOIN dw.dim_procedure_stage AS ps ON ps.procedure_stage_key = f.procedure_stage_key
        LEFT JOIN dw.dim_outcome AS o ON o.outcome_key = f.outcome_key
        LEFT JOIN dw.dim_date AS d ON d.date_key = f.received_date_key
        LEFT JOIN dw.dim_team AS t ON t.team_key = f.team_key
        WHERE a.authority_key IS NULL OR ps.procedure_stage_key IS NULL OR o.outcome_key IS NULL OR d.date_key IS NULL
           OR (f.team_key IS NOT NULL AND t.team_key IS NULL)
        """;

    // The facts' keys on DuckDB are kept unique by the load, not by constraints (migration 075).
    private const string RepeatedKeys = """
        SELECT (SELECT count(*) - count(DISTINCT complaint_stage_key) FROM dw.fact_complaint_stage)
             + (SELECT count(*) - count(DISTINCT (authority_key, case_reference, stage)) FROM dw.fact_complaint_stage)
             + (SELECT count(*) - count(DISTINCT representation_key) FROM dw.fact_representation)
             + (SELECT count(*) - count(DISTINCT (authority_key, case_reference)) FROM dw.fact_representation)
        """;

    // Everything a load decides, without keys and run ids that differ between two warehouses.
    private const string FactContent = """
        SELECT concat_ws('|', case_reference, stage, row_hash, clock_status, source_row) FROM dw.fact_complaint_stage
        UNION ALL
        SELECT concat_ws('|', case_reference, representation_type, row_hash, source_row) FROM dw.fact_representation
        ORDER BY 1
        """;
}
