using ComplaintsAnalytics.Etl.Retention;
using Dapper;

namespace ComplaintsAnalytics.Etl.Tests.Retention;

public sealed class RejectValueRetentionTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Reject_values_older_than_the_retention_period_are_cleared_and_the_rejects_kept()
    {
        _warehouse.ImportFile(Fixture.Path("case-system", "canonical-sample.csv"));
        var valuesBefore = _warehouse.Scalar<long>("SELECT count(value) FROM etl.reject");

        var tooSoon = RejectValueRetention.Purge(_warehouse.Connection, _warehouse.Clock, days: 90);
        _warehouse.Clock.Advance(TimeSpan.FromDays(91));
        var purged = RejectValueRetention.Purge(_warehouse.Connection, _warehouse.Clock, days: 90);

        Assert.Equal(0, tooSoon);
        Assert.Equal(valuesBefore, purged);
        Assert.Equal(0, _warehouse.Scalar<long>("SELECT count(value) FROM etl.reject"));
        Assert.Equal(12, _warehouse.Count("etl.reject"));
    }

    public void Dispose() => _warehouse.Dispose();
}
