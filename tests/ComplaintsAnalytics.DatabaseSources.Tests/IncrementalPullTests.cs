using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.DatabaseSources;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

public sealed class IncrementalPullTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [MemberData(nameof(CaseBookScenario.EnginesAndWatermarks), MemberType = typeof(CaseBookScenario))]
    public void Three_pulls_with_changes_between_leave_the_warehouse_equal_to_one_full_load_of_the_final_state(SourceProvider engine, WatermarkType watermark)
    {
        var standIn = new CaseBookStandIn(_folder.Path, engine);
        standIn.Apply("casebook-seed.sql");
        using var incremental = new PullHarness(_folder, standIn, CaseBookScenario.FirstPull, CaseBookScenario.Watermarked(watermark), "incremental.duckdb");
        incremental.Pull();
        standIn.Apply("casebook-changes-1.sql");
        incremental.SetNow(CaseBookScenario.SecondPull);
        incremental.Pull();
        standIn.Apply("casebook-changes-2.sql");
        incremental.SetNow(CaseBookScenario.ThirdPull);
        incremental.Pull();

        using var full = new PullHarness(_folder, standIn, CaseBookScenario.ThirdPull, CaseBookScenario.Watermarked(watermark), "full.duckdb");
        var once = full.Pull();

        Assert.Equal((15L, 14L, 1L), (once.Read, once.Loaded, once.Rejected));
        var tables = WarehouseTables.Names(full.Connection);
        Assert.Equal(tables, WarehouseTables.Names(incremental.Connection));
        Assert.Contains("dw.fact_complaint_stage", tables);
        Assert.Contains("mart.complaint_stage", tables);
        Assert.Empty(tables.Select(t => WarehouseTables.Difference(full.Connection, incremental.Connection, t)).OfType<string>());

        Assert.Equal(10, WarehouseTables.Rows(incremental.Connection, "dw.fact_complaint_stage").Count);
        Assert.Equal(4, WarehouseTables.Rows(incremental.Connection, "dw.fact_representation").Count);
    }

    [Theory]
    [MemberData(nameof(CaseBookScenario.EnginesAndWatermarks), MemberType = typeof(CaseBookScenario))]
    public void Each_pull_reads_only_what_changed_since_the_watermark_less_the_overlap(SourceProvider engine, WatermarkType watermark)
    {
        var standIn = new CaseBookStandIn(_folder.Path, engine);
        standIn.Apply("casebook-seed.sql");
        using var harness = new PullHarness(_folder, standIn, CaseBookScenario.FirstPull, CaseBookScenario.Watermarked(watermark));

        var first = harness.Pull();
        standIn.Apply("casebook-changes-1.sql");
        harness.SetNow(CaseBookScenario.SecondPull);
        var second = harness.Pull();
        standIn.Apply("casebook-changes-2.sql");
        harness.SetNow(CaseBookScenario.ThirdPull);
        var third = harness.Pull();

        // Read, loaded, updated, unchanged, rejected, marked deleted, restored.
        Assert.Equal((14L, 13L, 0L, 0L, 1L, 0L, 0L), Counts(first));
        Assert.Equal((4L, 2L, 2L, 0L, 0L, 1L, 0L), Counts(second));
        Assert.Equal((5L, 1L, 2L, 2L, 0L, 2L, 1L), Counts(third));
        Assert.All([first, second, third], r => Assert.Equal(ImportStatus.Succeeded, r.Status));
        var marks = watermark == WatermarkType.Timestamp
            ? new[] { null, "2024-04-15T08:50:00.0000000", "2024-04-15T16:30:00.0000000", "2024-04-16T15:00:00.0000000" }
            : [null, "1517301", "1521901", "1535401"];
        Assert.Equal((marks[0], marks[1]), (first.WatermarkBefore, first.WatermarkAfter));
        Assert.Equal((marks[1], marks[2]), (second.WatermarkBefore, second.WatermarkAfter));
        Assert.Equal((marks[2], marks[3]), (third.WatermarkBefore, third.WatermarkAfter));
    }

    [Fact]
    public void Every_pull_is_recorded_in_the_run_log_with_its_source_and_watermarks()
    {
        var standIn = new CaseBookStandIn(_folder.Path, SourceProvider.Sqlite);
        standIn.Apply("casebook-seed.sql");
        using var harness = new PullHarness(_folder, standIn, CaseBookScenario.FirstPull);
        harness.Pull();
        standIn.Apply("casebook-changes-1.sql");
        harness.SetNow(CaseBookScenario.SecondPull);
        harness.Pull();

        var runs = harness.Query<(string Kind, string Status, string Source, string Profile, long Read, long Loaded, long Updated, long Unchanged, long Rejected)>(
            "SELECT kind, status, source_file, profile_name, rows_read, rows_loaded, rows_updated, rows_unchanged, rows_rejected FROM etl.run ORDER BY run_id");
        Assert.Equal(
            [
                ("pull", "succeeded", "casebook", "CaseBook reporting database", 14L, 13L, 0L, 0L, 1L),
                ("pull", "succeeded", "casebook", "CaseBook reporting database", 4L, 2L, 2L, 0L, 0L),
            ],
            runs);
        var pulls = harness.Query<(string Source, string Provider, string Kind, string Column, string? Before, string ReadFrom, string After, bool Full, bool Compared, long? Keys, long Marked)>(
            """
            SELECT source_name, provider, data_kind, watermark_column, watermark_before, read_from, watermark_after, full_read,
                   keys_compared, source_keys, rows_marked_deleted
            FROM etl.source_pull ORDER BY run_id
            """);
        Assert.Equal(
            [
                ("casebook", "Microsoft.Data.Sqlite", "cases", "last_modified", null, "1900-01-01T00:00:00.0000000", "2024-04-15T08:50:00.0000000", true, true, null, 0L),
                ("casebook", "Microsoft.Data.Sqlite", "cases", "last_modified", "2024-04-15T08:50:00.0000000", "2024-04-15T08:20:00.0000000", "2024-04-15T16:30:00.0000000", false, true, 15L, 1L),
            ],
            pulls);
        Assert.Equal("2024-04-15T16:30:00.0000000", harness.Scalar<string>("SELECT watermark FROM etl.source_watermark WHERE source_name = 'casebook'"));
        Assert.Equal(1, harness.Scalar<long>("SELECT count(*) FROM etl.reject WHERE case_reference = 'CB-1011'"));
    }

    [Fact]
    public void A_late_commit_inside_the_overlap_window_is_picked_up_by_the_next_pull()
    {
        var standIn = new CaseBookStandIn(_folder.Path, SourceProvider.Sqlite);
        standIn.Apply("casebook-seed.sql");
        using var harness = new PullHarness(_folder, standIn, CaseBookScenario.FirstPull);
        harness.Pull();
        standIn.Apply("casebook-changes-1.sql");
        harness.SetNow(CaseBookScenario.SecondPull);

        harness.Pull();

        // CB-1013 is stamped 08:40, ten minutes before the first pull's watermark.
        Assert.Equal(1, harness.Scalar<long>("SELECT count(*) FROM dw.fact_representation WHERE case_reference = 'CB-1013'"));
    }

    [Fact]
    public void Without_an_overlap_a_late_commit_is_missed_until_a_full_read()
    {
        var standIn = new CaseBookStandIn(_folder.Path, SourceProvider.Sqlite);
        standIn.Apply("casebook-seed.sql");
        using var harness = new PullHarness(_folder, standIn, CaseBookScenario.FirstPull, s => s.Watermark.Overlap = TimeSpan.Zero);
        harness.Pull();
        standIn.Apply("casebook-changes-1.sql");
        harness.SetNow(CaseBookScenario.SecondPull);

        var incremental = harness.Pull();
        var missed = harness.Scalar<long>("SELECT count(*) FROM dw.fact_representation WHERE case_reference = 'CB-1013'");
        var full = harness.Pull(new PullOptions(FullRead: true));

        Assert.Equal((3L, 0L), (incremental.Read, missed));
        Assert.Equal((15L, 1L, 13L), (full.Read, full.Loaded, full.Unchanged));
        Assert.Equal(1, harness.Scalar<long>("SELECT count(*) FROM dw.fact_representation WHERE case_reference = 'CB-1013'"));
        Assert.Equal("2024-04-15T16:30:00.0000000", full.WatermarkAfter);
    }

    [Fact]
    public void Pulling_again_with_no_change_rereads_the_overlap_and_changes_nothing()
    {
        var standIn = new CaseBookStandIn(_folder.Path, SourceProvider.Sqlite);
        standIn.Apply("casebook-seed.sql");
        using var harness = new PullHarness(_folder, standIn, CaseBookScenario.FirstPull);
        harness.Pull();
        var before = WarehouseTables.Rows(harness.Connection, "dw.fact_complaint_stage");

        var again = harness.Pull();

        Assert.Equal((1L, 0L, 0L, 1L), (again.Read, again.Loaded, again.Updated, again.Unchanged));
        Assert.Equal(again.WatermarkBefore, again.WatermarkAfter);
        Assert.Equal(before, WarehouseTables.Rows(harness.Connection, "dw.fact_complaint_stage"));
    }

    public void Dispose() => _folder.Dispose();

    private static (long, long, long, long, long, long, long) Counts(PullResult r) =>
        (r.Read, r.Loaded, r.Updated, r.Unchanged, r.Rejected, r.MarkedDeleted, r.Restored);
}
