namespace ComplaintsAnalytics.Jobs.Tests;

public sealed class DemoRefreshTests
{
    [Fact]
    public void The_demo_refresh_run_twice_leaves_every_table_as_it_was_and_reports_the_file_as_already_loaded()
    {
        using var folder = new TemporaryFolder();
        var warehouse = folder.Combine("warehouse.duckdb");
        var repository = RepositoryRoot();

        var first = ComplaintsCli.Run(repository, "refresh", "--demo", "--warehouse", warehouse);
        var afterFirst = WarehouseQuery.TableCounts(warehouse);
        var second = ComplaintsCli.Run(repository, "refresh", "--demo", "--warehouse", warehouse);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(afterFirst, WarehouseQuery.TableCounts(warehouse));
        Assert.Contains("already loaded", second.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(4371, afterFirst["dw.fact_complaint_stage"] + afterFirst["dw.fact_representation"]);
        Assert.Equal(43, WarehouseQuery.Scalar<long>(warehouse, "SELECT count(DISTINCT source_row) FROM etl.reject"));
    }

    [Fact]
    public void The_demo_council_counts_match_the_published_shape_of_its_export()
    {
        using var folder = new TemporaryFolder();
        var warehouse = folder.Combine("warehouse.duckdb");
        Assert.Equal(0, ComplaintsCli.Run(RepositoryRoot(), "refresh", "--demo", "--warehouse", warehouse).ExitCode);

        var stages = WarehouseQuery.List<(string Year, string Procedure, short Stage, long Count)>(
            warehouse,
            "SELECT financial_year, procedure, stage, count(*) FROM mart.complaint_stage GROUP BY ALL ORDER BY 1, 2, 3");

        // demo/README.md, "Loadable rows".
        Assert.Equal(
            [
                ("2022/23", "corporate", (short)1, 274L), ("2022/23", "corporate", (short)2, 22L),
                ("2022/23", "statutory", (short)1, 136L), ("2022/23", "statutory", (short)2, 13L), ("2022/23", "statutory", (short)3, 1L),
                ("2023/24", "corporate", (short)1, 324L), ("2023/24", "corporate", (short)2, 42L),
                ("2023/24", "statutory", (short)1, 130L), ("2023/24", "statutory", (short)2, 12L), ("2023/24", "statutory", (short)3, 7L),
                ("2024/25", "corporate", (short)1, 339L), ("2024/25", "corporate", (short)2, 33L),
                ("2024/25", "statutory", (short)1, 136L), ("2024/25", "statutory", (short)2, 13L), ("2024/25", "statutory", (short)3, 8L),
            ],
            stages);
        Assert.Equal(136, WarehouseQuery.Scalar<long>(warehouse, "SELECT count(*) FROM dw.fact_representation WHERE representation_type = 'rejected_complaint'"));
        Assert.Equal(0, WarehouseQuery.Scalar<long>(warehouse,
            "SELECT count(*) FROM dw.fact_complaint_stage WHERE regexp_matches(coalesce(summary_redacted, '') || coalesce(learning_redacted, ''), '07700 ?900|@example\\.com')"));
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplaintsAnalytics.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ComplaintsAnalytics.sln) was not found above the test folder.");
    }
}
