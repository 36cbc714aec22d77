using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Statistics;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Refresh;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

public sealed class PublicStatisticsInboxTests
{
    [Fact]
    public void Statistics_files_are_recognised_by_their_header_loaded_and_moved_and_a_stranger_is_refused()
    {
        using var folder = new TemporaryFolder();
        var inbox = folder.Combine("statistics");
        Directory.CreateDirectory(inbox);
        var repository = DemoRefreshTests.RepositoryRoot();
        File.Copy(Path.Combine(repository, "reference-data", "dfe", "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"), Path.Combine(inbox, "a-referrals.csv"));
        File.Copy(Path.Combine(repository, "tests", "fixtures", "benchmark", "returns", "benchmark-returns-sample.csv"), Path.Combine(inbox, "b-returns.csv"));
        File.WriteAllText(Path.Combine(inbox, "c-stranger.csv"), "colour,size\nred,4\n");
        var clock = TimeProvider.System;
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(folder.Combine("warehouse.duckdb")));
        new WarehouseMigrator(NullLogger<WarehouseMigrator>.Instance, clock, new TimescaleSettings()).Migrate(connection);

        var results = new PublicStatisticsInbox(new StatisticsLoader(NullLogger<StatisticsLoader>.Instance, clock), clock).Run(connection, inbox, CancellationToken.None);

        Assert.Equal([ImportStatus.Succeeded, ImportStatus.Succeeded, ImportStatus.Failed], results.Select(r => r.Status));
        Assert.Equal(5045, connection.ExecuteScalar<long>(
            "SELECT value FROM mart.authority_measures WHERE la_code = '860' AND period = '2023/24' AND measure = 'cin_referrals'"));
        Assert.Equal(["a-referrals.csv", "b-returns.csv"], Directory.GetFiles(Path.Combine(inbox, "processed")).Select(Path.GetFileName).Order());
        Assert.True(File.Exists(Path.Combine(inbox, "failed", "c-stranger.csv.error.txt")));
        Assert.Empty(Directory.GetFiles(inbox));
    }
}
