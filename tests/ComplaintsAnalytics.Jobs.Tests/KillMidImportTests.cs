using System.Diagnostics;
using ComplaintsAnalytics.Jobs.Bench;

namespace ComplaintsAnalytics.Jobs.Tests;

public sealed class KillMidImportTests
{
    private const int Rows = 300_000;

    [Fact]
    public void Killing_the_import_part_way_leaves_the_warehouse_unchanged_and_a_rerun_loads_everything_once()
    {
        using var folder = new TemporaryFolder();
        var warehouse = folder.Combine("warehouse.duckdb");
        var sample = Path.Combine(AppContext.BaseDirectory, "fixtures", "case-system", "canonical-sample.csv");
        var big = folder.Combine("big-export.csv");
        SyntheticCaseExport.WriteCsv(big, Rows);
        Assert.Equal(0, ComplaintsCli.Run(folder.Path, "import", "cases", sample, "--warehouse", warehouse).ExitCode);
        var before = WarehouseQuery.TableCounts(warehouse);
        var hashesBefore = WarehouseQuery.List<string>(warehouse, "SELECT row_hash FROM dw.fact_complaint_stage ORDER BY 1");

        KillAfterFirstProgressLine(folder.Path, "import", "cases", big, "--warehouse", warehouse);

        var after = WarehouseQuery.TableCounts(warehouse);
        Assert.Equal(before.Where(t => t.Key != "etl.run"), after.Where(t => t.Key != "etl.run"));
        Assert.Equal(hashesBefore, WarehouseQuery.List<string>(warehouse, "SELECT row_hash FROM dw.fact_complaint_stage ORDER BY 1"));
        Assert.Equal(["succeeded", "running"], WarehouseQuery.List<string>(warehouse, "SELECT status FROM etl.run WHERE kind = 'cases' ORDER BY run_id"));

        var rerun = ComplaintsCli.Run(folder.Path, "import", "cases", big, "--warehouse", warehouse);

        // The import's own last log lines say where a failed rerun stopped (a crash shows as exit code 139).
        Assert.True(rerun.ExitCode == 0, $"The rerun exited with {rerun.ExitCode}; its last log lines:\n{string.Join('\n', rerun.StandardError.Split('\n').TakeLast(15))}");
        Assert.Equal(["succeeded", "interrupted", "succeeded"], WarehouseQuery.List<string>(warehouse, "SELECT status FROM etl.run WHERE kind = 'cases' ORDER BY run_id"));
        Assert.Equal(Rows, WarehouseQuery.Scalar<long>(warehouse, "SELECT rows_loaded FROM etl.run WHERE kind = 'cases' ORDER BY run_id DESC LIMIT 1"));
        Assert.Equal(before["dw.fact_complaint_stage"] + before["dw.fact_representation"] + Rows,
            WarehouseQuery.Scalar<long>(warehouse, "SELECT (SELECT count(*) FROM dw.fact_complaint_stage) + (SELECT count(*) FROM dw.fact_representation)"));
    }

    private static void KillAfterFirstProgressLine(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(ComplaintsCli.StartInfo(workingDirectory, args))!;
        _ = process.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null)
        {
            if (line.Contains("Read 50000 rows", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The import did not report progress in time.");
        }

        Assert.Fail("The import finished before it could be killed; the test needs a bigger file.");
    }
}
