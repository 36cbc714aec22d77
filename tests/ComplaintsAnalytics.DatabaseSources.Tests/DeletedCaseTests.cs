using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.DatabaseSources;
using Dapper;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

public sealed class DeletedCaseTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly CaseBookStandIn _standIn;

    public DeletedCaseTests()
    {
        _standIn = new CaseBookStandIn(_folder.Path, SourceProvider.Sqlite);
        _standIn.Apply("casebook-seed.sql");
    }

    [Fact]
    public void A_case_deleted_in_the_source_is_marked_by_the_key_comparison_and_kept_out_of_the_marts()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull);
        harness.Pull();
        _standIn.Apply("casebook-changes-1.sql");
        harness.SetNow(CaseBookScenario.SecondPull);

        var pull = harness.Pull();

        var marked = harness.Query<(string Reference, short Stage, DateTime DeletedAt, long DeletedRun)>(
            "SELECT case_reference, stage, deleted_at, deleted_run_id FROM dw.fact_complaint_stage WHERE deleted_at IS NOT NULL");
        Assert.Equal([("CB-1003", (short)1, new DateTime(2024, 4, 16, 9, 0, 0), pull.RunId!.Value)], marked);
        Assert.Equal(0, harness.Scalar<long>("SELECT count(*) FROM mart.complaint_stage WHERE case_reference = 'CB-1003'"));
        Assert.Equal(0, harness.Scalar<long>("SELECT count(*) FROM mart.complaint_timeliness WHERE case_reference = 'CB-1003'"));
        Assert.Equal(("999", "CB-1003", (short?)1), harness.Query<(string, string, short?)>("SELECT la_code, case_reference, stage FROM mart.deleted_case").Single());
    }

    [Fact]
    public void Soft_deleted_cases_and_removed_stages_are_marked_never_dropped()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull);
        harness.Pull();
        _standIn.Apply("casebook-changes-1.sql");
        _standIn.Apply("casebook-changes-2.sql");
        harness.SetNow(CaseBookScenario.SecondPull);

        var pull = harness.Pull();

        Assert.Equal(2, pull.MarkedDeleted);
        Assert.Equal(
            [("CB-1004", "compliment"), ("CB-1008", "stage 3")],
            harness.Query<(string, string)>(
                """
                SELECT case_reference, representation_type FROM dw.fact_representation WHERE deleted_at IS NOT NULL
                UNION ALL
                SELECT case_reference, 'stage ' || stage FROM dw.fact_complaint_stage WHERE deleted_at IS NOT NULL
                ORDER BY 1
                """));
        Assert.Equal(16, harness.Scalar<long>("SELECT (SELECT count(*) FROM dw.fact_complaint_stage) + (SELECT count(*) FROM dw.fact_representation)"));
        Assert.Equal(2, harness.Scalar<long>("SELECT count(*) FROM mart.complaint_stage WHERE case_reference = 'CB-1008'"));
        Assert.Equal(
            0,
            harness.Scalar<long>("SELECT CAST(coalesce(sum(received), 0) AS BIGINT) FROM mart.representations_by_year WHERE representation_type = 'compliment'"));
    }

    [Fact]
    public void Deletions_wait_for_the_key_comparison_when_it_is_not_due()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull, s => s.KeyComparisonEvery = TimeSpan.FromDays(7));
        harness.Pull();
        _standIn.Apply("casebook-changes-1.sql");
        harness.SetNow(CaseBookScenario.SecondPull);

        var incremental = harness.Pull();
        var compared = harness.Pull(new PullOptions(CompareKeys: true));

        Assert.Equal((false, 0L), (incremental.KeysCompared, incremental.MarkedDeleted));
        Assert.Equal((true, 1L), (compared.KeysCompared, compared.MarkedDeleted));
    }

    [Fact]
    public void A_deleted_case_that_comes_back_unchanged_is_restored_by_the_next_incremental_pull()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull, s => s.KeyComparisonEvery = TimeSpan.FromDays(7));
        harness.Pull();
        _standIn.Apply("casebook-changes-1.sql");
        harness.SetNow(CaseBookScenario.SecondPull);
        harness.Pull(new PullOptions(CompareKeys: true));
        _standIn.Apply("casebook-changes-2.sql");
        harness.SetNow(CaseBookScenario.ThirdPull);

        var pull = harness.Pull();

        // No key comparison ran: CB-1003 came back through the incremental read, unchanged, and is live again.
        Assert.Equal((false, 1L, 0L), (pull.KeysCompared, pull.Restored, pull.MarkedDeleted));
        Assert.Equal(1, harness.Scalar<long>("SELECT count(*) FROM mart.complaint_stage WHERE case_reference = 'CB-1003'"));
        Assert.Equal(0, harness.Scalar<long>("SELECT count(*) FROM dw.fact_complaint_stage WHERE deleted_at IS NOT NULL"));
    }

    [Fact]
    public void Only_facts_the_source_loaded_or_whose_authority_it_owns_can_be_marked()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull);
        harness.Import.Import(harness.Connection, new CaseImportRequest(Fixture.Path("earlier-export.csv"), MappingProfile.Canonical));
        harness.Pull();
        harness.SetNow(CaseBookScenario.SecondPull);

        var notOwned = harness.Pull();
        harness.Source.OwnsAuthorities = ["999"];
        var owned = harness.Pull(new PullOptions(CompareKeys: true));

        // The file's two Northbrook (999) cases are not in CaseBook; its Westshire (998) case is another source's.
        Assert.Equal((0L, 2L), (notOwned.MarkedDeleted, owned.MarkedDeleted));
        Assert.Equal(
            ["CB-0901", "CB-0902"],
            harness.Query<string>(
                "SELECT case_reference FROM mart.deleted_case ORDER BY 1"));
        Assert.Equal(1, harness.Scalar<long>("SELECT count(*) FROM mart.complaint_stage WHERE case_reference = 'WS-0001'"));
    }

    [Fact]
    public void A_key_comparison_that_reads_no_keys_fails_the_pull_instead_of_marking_everything()
    {
        var emptyKeys = _folder.File("no-keys.sql");
        File.WriteAllText(emptyKeys, File.ReadAllText(Fixture.Path("casebook-keys.sql")) + " AND 1 = 0");
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull, s => s.KeyQuery = emptyKeys);
        harness.Pull();
        harness.SetNow(CaseBookScenario.SecondPull);

        var error = Assert.Throws<DatabaseSourceException>(() => harness.Pull());

        Assert.Equal(
            "casebook: the key comparison read no keys, yet the warehouse holds live cases from this source; nothing was marked. Check the key query.",
            error.Message);
        Assert.Equal(0, harness.Scalar<long>("SELECT count(*) FROM mart.deleted_case"));
        Assert.Equal("failed", harness.Scalar<string>("SELECT status FROM etl.run ORDER BY run_id DESC LIMIT 1"));
    }

    [Fact]
    public void Every_mart_view_over_the_facts_leaves_marked_rows_out()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull);
        harness.Pull();
        var before = (Stages: harness.Scalar<long>("SELECT count(*) FROM mart.complaint_stage"),
            Timeliness: harness.Scalar<long>("SELECT count(*) FROM mart.complaint_timeliness"),
            Received: harness.Scalar<long>("SELECT CAST(sum(received) AS BIGINT) FROM mart.representations_by_year"));

        harness.Connection.Execute("UPDATE dw.fact_complaint_stage SET deleted_at = TIMESTAMP '2024-04-15 10:00:00', deleted_run_id = 1 WHERE case_reference = 'CB-1008'");
        harness.Connection.Execute("UPDATE dw.fact_representation SET deleted_at = TIMESTAMP '2024-04-15 10:00:00', deleted_run_id = 1 WHERE case_reference = 'CB-1004'");

        Assert.Equal((9L, 9L, 13L), before);
        Assert.Equal(6, harness.Scalar<long>("SELECT count(*) FROM mart.complaint_stage"));
        Assert.Equal(6, harness.Scalar<long>("SELECT count(*) FROM mart.complaint_timeliness"));
        Assert.Equal(9, harness.Scalar<long>("SELECT CAST(sum(received) AS BIGINT) FROM mart.representations_by_year"));
        Assert.Equal(4, harness.Scalar<long>("SELECT count(*) FROM mart.deleted_case"));
    }

    public void Dispose() => _folder.Dispose();
}
