using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.DatabaseSources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

public sealed class FailureTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly CaseBookStandIn _standIn;

    public FailureTests()
    {
        _standIn = new CaseBookStandIn(_folder.Path, SourceProvider.Sqlite);
        _standIn.Apply("casebook-seed.sql");
    }

    [Fact]
    public void A_source_failing_in_the_middle_of_a_pull_leaves_the_watermark_and_the_warehouse_as_they_were()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull);
        harness.Pull();
        _standIn.Apply("casebook-changes-1.sql");
        harness.SetNow(CaseBookScenario.SecondPull);
        var tables = WarehouseTables.Names(harness.Connection);
        var before = tables.ToDictionary(t => t, t => WarehouseTables.Rows(harness.Connection, t));
        var watermark = harness.Scalar<string>("SELECT watermark FROM etl.source_watermark");
        harness.Source.Query = Fixture.Path("casebook-complaints-fails-midway.sql");

        var failure = Assert.Throws<SqliteException>(() => harness.Pull());

        Assert.Contains("integer overflow", failure.Message, StringComparison.Ordinal);
        Assert.Equal(watermark, harness.Scalar<string>("SELECT watermark FROM etl.source_watermark"));
        Assert.All(tables, t => Assert.Equal(before[t], WarehouseTables.Rows(harness.Connection, t)));
        Assert.Equal(0, harness.Scalar<long>("SELECT count(*) FROM dw.fact_complaint_stage WHERE deleted_at IS NOT NULL"));
        var run = harness.Query<(string Status, string Message)>("SELECT status, message FROM etl.run ORDER BY run_id DESC LIMIT 1").Single();
        Assert.Equal("failed", run.Status);
        Assert.StartsWith("SqliteException: SQLite Error 1: 'integer overflow'", run.Message, StringComparison.Ordinal);
        Assert.Equal(
            ("2024-04-15T08:50:00.0000000", (string?)null, false),
            harness.Query<(string, string?, bool)>("SELECT watermark_before, watermark_after, keys_compared FROM etl.source_pull ORDER BY run_id DESC LIMIT 1").Single());

        harness.Source.Query = Fixture.Path("casebook-complaints.sql");
        var retried = harness.Pull();
        Assert.Equal((4L, 2L, 2L, 1L), (retried.Read, retried.Loaded, retried.Updated, retried.MarkedDeleted));
    }

    [Fact]
    public void A_cancelled_pull_leaves_the_watermark_and_the_warehouse_as_they_were()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => harness.Pull(cancellationToken: cancel.Token));

        Assert.Equal(0, harness.Scalar<long>("SELECT count(*) FROM etl.source_watermark"));
        Assert.Equal(0, harness.Scalar<long>("SELECT count(*) FROM dw.fact_complaint_stage"));
        Assert.Equal("failed", harness.Scalar<string>("SELECT status FROM etl.run"));
    }

    [Fact]
    public void A_source_locked_by_another_writer_is_retried_with_back_off_until_it_answers()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull, s => s.CommandTimeoutSeconds = 1);
        using var writer = _standIn.Open();
        using (var command = writer.CreateCommand())
        {
            command.CommandText = "BEGIN EXCLUSIVE";
            command.ExecuteNonQuery();
        }

        // The writer lets go during the second back-off.
        harness.Clock.OnDelay = _ =>
        {
            if (harness.Clock.Delays.Count == 2)
            {
                using var commit = writer.CreateCommand();
                commit.CommandText = "COMMIT";
                commit.ExecuteNonQuery();
            }
        };

        var result = harness.Pull();

        Assert.Equal((ImportStatus.Succeeded, 3, 14L), (result.Status, result.Attempts, result.Read));
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)], harness.Clock.Delays);
        Assert.Equal(
            ["failed", "failed", "succeeded"],
            harness.Query<string>("SELECT status FROM etl.run ORDER BY run_id"));
        Assert.Equal([1, 2, 3], harness.Query<int>("SELECT attempt FROM etl.source_pull ORDER BY run_id"));
    }

    [Fact]
    public void A_source_still_locked_after_the_last_attempt_fails_the_pull()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull, s =>
        {
            s.CommandTimeoutSeconds = 1;
            s.MaxAttempts = 2;
        });
        using var writer = _standIn.Open();
        using var command = writer.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE";
        command.ExecuteNonQuery();

        var failure = Assert.Throws<SqliteException>(() => harness.Pull());

        Assert.Equal(5, failure.SqliteErrorCode);
        Assert.Equal([TimeSpan.FromSeconds(5)], harness.Clock.Delays);
        Assert.Equal(["failed", "failed"], harness.Query<string>("SELECT status FROM etl.run ORDER BY run_id"));
    }

    [Fact]
    public void An_error_that_is_not_transient_is_not_retried()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull);
        harness.Source.Query = Fixture.Path("casebook-complaints-fails-midway.sql");

        Assert.Throws<SqliteException>(() => harness.Pull());

        Assert.Empty(harness.Clock.Delays);
        Assert.Equal(1, harness.Scalar<long>("SELECT count(*) FROM etl.run"));
    }

    [Fact]
    public void Pulling_every_source_reports_a_broken_one_and_still_pulls_the_others()
    {
        using var harness = new PullHarness(_folder, _standIn, CaseBookScenario.FirstPull);
        var options = new DatabaseSourcesOptions();
        options.Sources["casebook"] = harness.Source;
        options.Sources["census"] = new DatabaseSourceOptions
        {
            Provider = "Microsoft.Data.Sqlite", ConnectionStringName = "CaseBook", Kind = SourceKinds.CinReferrals,
            Query = Fixture.Path("casebook-complaints.sql"), Watermark = new WatermarkOptions { Column = "last_modified" },
        };
        options.Sources["switched-off"] = new DatabaseSourceOptions { Enabled = false };
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:CaseBook"] = _standIn.ConnectionString }).Build();
        var puller = new SourcePuller(harness.Import, new DatabaseSourceCatalog(options, new ConnectionStringResolver(configuration, configuration)),
            harness.Clock, NullLogger<SourcePuller>.Instance);

        var results = puller.PullAll(harness.Connection);

        Assert.Equal(
            [("casebook", ImportStatus.Succeeded), ("census", ImportStatus.Failed)],
            results.Select(r => (r.Source, r.Status)));
        Assert.Equal(
            "Database source 'census' yields cin-referrals, which this build cannot load yet: only cases and representations have a load path.",
            results[1].Message);
        Assert.Equal(
            [("casebook", "succeeded"), ("census", "failed")],
            harness.Query<(string, string)>("SELECT source_file, status FROM etl.run ORDER BY run_id"));
    }

    public void Dispose() => _folder.Dispose();
}
