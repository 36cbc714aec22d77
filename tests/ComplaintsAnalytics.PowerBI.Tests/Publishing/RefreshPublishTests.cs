using Dapper;
using Microsoft.Extensions.Configuration;
using WireMock.ResponseBuilders;
using static ComplaintsAnalytics.PowerBI.Tests.PowerBIStandIn;

namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>The publisher's refresh against the stand-in, recording each outcome in a real migrated warehouse.</summary>
public sealed class RefreshPublishTests : IDisposable
{
    private const string OurRefresh = "87f31ef7-1e3a-4006-9b0b-191693e79e9e";

    private readonly PowerBIStandIn _standIn = new();
    private readonly PowerBITestHost _host;
    private readonly TemporaryWarehouse _warehouse;

    public RefreshPublishTests()
    {
        _host = new PowerBITestHost(_standIn);
        _warehouse = new TemporaryWarehouse(_host.Clock);
    }

    public void Dispose()
    {
        _warehouse.Dispose();
        _host.Dispose();
        _standIn.Dispose();
    }

    [Fact]
    public async Task A_completed_refresh_is_recorded_as_a_succeeded_powerbi_run_with_its_request_id()
    {
        _standIn.Server.Given(History(60)).RespondWith(Json(200, HistoryBody()));
        AcceptRefresh();
        _standIn.Sequence(
            History(10),
            Json(200, HistoryBody(Entry(OurRefresh, "Unknown", "2025-11-20T02:00:01Z"))),
            Json(200, HistoryBody(Entry(OurRefresh, "Completed", "2025-11-20T02:00:01Z", "2025-11-20T02:00:52Z"))));

        var result = await Publisher.RefreshAsync(_warehouse.Connection);

        Assert.True(result.Succeeded);
        Assert.Equal((PowerBIOperation.Refresh, DatasetId, "Completed", (string?)null), (result.Operation, result.DatasetId, result.Outcome, result.Message));
        Assert.Equal(
            ("powerbi", "succeeded", PowerBITestHost.Tonight.UtcDateTime, PowerBITestHost.Tonight.AddSeconds(60).UtcDateTime, (string?)null),
            Run(result.RunId));
        Assert.Equal(("refresh", GroupId, DatasetId, OurRefresh, "Completed", (string?)null), Details(result.RunId));
    }

    [Fact]
    public async Task A_failed_refresh_puts_the_service_exception_in_the_run_log_and_is_returned_not_thrown()
    {
        const string serviceException = """{"errorCode":"ModelRefreshFailed_CredentialsNotSpecified","errorDescription":"Data source credentials are missing"}""";
        _standIn.Server.Given(History(60)).RespondWith(Json(200, HistoryBody()));
        AcceptRefresh();
        _standIn.Server.Given(History(10)).RespondWith(
            Json(200, HistoryBody(Entry(OurRefresh, "Failed", "2025-11-20T02:00:01Z", "2025-11-20T02:00:09Z", serviceException))));

        var result = await Publisher.RefreshAsync(_warehouse.Connection);

        var expected = $"Power BI refresh {OurRefresh} failed: {serviceException}";
        Assert.False(result.Succeeded);
        Assert.Equal(("Failed", expected), (result.Outcome, result.Message));
        Assert.Equal(("failed", expected), (Run(result.RunId).Status, Run(result.RunId).Message));
        Assert.Equal(("refresh", GroupId, DatasetId, OurRefresh, "Failed", expected), Details(result.RunId));
    }

    [Fact]
    public async Task At_the_daily_limit_nothing_is_started_and_the_run_says_when_a_slot_frees()
    {
        var today = Enumerable.Range(0, 8)
            .Select(i => Entry($"0c2a3f57-0000-4000-8000-00000000000{i}", "Completed", $"2025-11-19T{3 + (2 * i):00}:00:00Z", $"2025-11-19T{3 + (2 * i):00}:05:00Z", refreshType: "Scheduled"))
            .ToArray();
        _standIn.Server.Given(History(60)).RespondWith(Json(200, HistoryBody(today)));

        var result = await Publisher.RefreshAsync(_warehouse.Connection);

        Assert.Equal(("DailyLimitReached", false), (result.Outcome, result.Succeeded));
        Assert.DoesNotContain(_standIn.Received, e => e.RequestMessage.Method == "POST");
        var run = Run(result.RunId);
        Assert.Equal("failed", run.Status);
        Assert.StartsWith("Not refreshing: shared capacity allows 8 refreshes a day (PowerBI:DailyRefreshLimit)", run.Message, StringComparison.Ordinal);
        Assert.Contains("A slot frees at 2025-11-20 03:00 UTC, in 60 minutes.", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_identity_is_recorded_as_a_failed_run_then_thrown_as_a_configuration_problem()
    {
        _standIn.Server.Given(History(60)).RespondWith(Error(401, "TokenExpired", "Access token has expired"));

        var error = await Assert.ThrowsAsync<PowerBIConfigurationException>(() => Publisher.RefreshAsync(_warehouse.Connection));

        var runId = _warehouse.Scalar<long>("SELECT max(run_id) FROM etl.run");
        Assert.Equal(("failed", error.Message), (Run(runId).Status, Run(runId).Message));
        Assert.StartsWith("Power BI answered 401 Unauthorized", error.Message, StringComparison.Ordinal);
        Assert.Equal(("refresh", GroupId, DatasetId, (string?)null, "Error", error.Message), Details(runId));
        Assert.DoesNotContain(PowerBITestHost.Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_follows_the_publish_mode_and_a_refresh_needs_a_dataset_id()
    {
        using var host = new PowerBITestHost(_standIn, new Dictionary<string, string?> { ["PowerBI:DatasetId"] = "" });
        var publisher = host.Get<PowerBIPublisher>();

        var error = await Assert.ThrowsAsync<PowerBIConfigurationException>(() => publisher.PublishAsync(_warehouse.Connection));

        Assert.StartsWith("PowerBI:DatasetId is not set", error.Message, StringComparison.Ordinal);
        Assert.Equal(("refresh", "Error"), (Details(1).Operation, Details(1).Outcome));
        Assert.Empty(_standIn.Received);
    }

    [Fact]
    public void Power_bi_counts_as_configured_once_tenant_app_and_workspace_are_set()
    {
        static bool Configured(params (string Key, string Value)[] settings) =>
            PowerBIPublisher.IsConfigured(new ConfigurationBuilder()
                .AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());

        Assert.False(Configured());
        Assert.False(Configured(("PowerBI:TenantId", "contoso.onmicrosoft.com"), ("PowerBI:ClientId", "2d6c9a51-0b8e-4f3c-9a77-5e1f0c3b8d42")));
        Assert.True(Configured(("PowerBI:TenantId", "contoso.onmicrosoft.com"), ("PowerBI:ClientId", "2d6c9a51-0b8e-4f3c-9a77-5e1f0c3b8d42"), ("PowerBI:WorkspaceId", GroupId)));
    }

    private PowerBIPublisher Publisher => _host.Get<PowerBIPublisher>();

    private void AcceptRefresh() =>
        _standIn.Server.Given(JsonCall("POST", Refreshes)).RespondWith(
            Response.Create().WithStatusCode(202).WithHeader("Location", $"{_standIn.Url}{Refreshes}/{OurRefresh}"));

    private (string Kind, string Status, DateTime StartedAt, DateTime? FinishedAt, string? Message) Run(long runId) =>
        _warehouse.Connection.QuerySingle<(string, string, DateTime, DateTime?, string?)>(
            "SELECT kind, status, started_at, finished_at, message FROM etl.run WHERE run_id = $runId", new { runId });

    private (string Operation, string WorkspaceId, string? DatasetId, string? RequestId, string Outcome, string? ServiceError) Details(long runId) =>
        _warehouse.Connection.QuerySingle<(string, string, string?, string?, string, string?)>(
            "SELECT operation, workspace_id, dataset_id, request_id, outcome, service_error FROM etl.powerbi_run WHERE run_id = $runId", new { runId });
}
