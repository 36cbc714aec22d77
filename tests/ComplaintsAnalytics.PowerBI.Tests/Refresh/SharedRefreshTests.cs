using WireMock.Matchers;
using WireMock.ResponseBuilders;
using static ComplaintsAnalytics.PowerBI.Tests.PowerBIStandIn;

namespace ComplaintsAnalytics.PowerBI.Tests;

public sealed class SharedRefreshTests : IDisposable
{
    private const string OurRefresh = "87f31ef7-1e3a-4006-9b0b-191693e79e9e";

    private readonly PowerBIStandIn _standIn = new();
    private readonly PowerBITestHost _host;

    public SharedRefreshTests() => _host = new PowerBITestHost(_standIn);

    public void Dispose()
    {
        _host.Dispose();
        _standIn.Dispose();
    }

    [Fact]
    public async Task Refresh_posts_no_notification_and_completes_after_polling_the_history()
    {
        QuotaHistory(Entry("9399bb89-25d1-44f8-8576-136d7e9014b1", "Completed", "2025-11-19T02:00:05Z", "2025-11-19T02:04:00Z", refreshType: "Scheduled"));
        AcceptRefresh();
        _standIn.Sequence(
            History(10),
            Json(200, HistoryBody(Entry(OurRefresh, "Unknown", "2025-11-20T02:00:01Z"))),
            Json(200, HistoryBody(Entry(OurRefresh, "Completed", "2025-11-20T02:00:01Z", "2025-11-20T02:00:52.153Z"))));

        var result = await _host.Client.RefreshDatasetAsync();

        Assert.Equal(
            new DatasetRefreshResult(
                DatasetRefreshStatus.Completed,
                OurRefresh,
                new DateTimeOffset(2025, 11, 20, 2, 0, 1, TimeSpan.Zero),
                new DateTimeOffset(2025, 11, 20, 2, 0, 52, 153, TimeSpan.Zero),
                null),
            result);
        Assert.Equal(
            [
                new SentRequest("GET", $"{Refreshes}?$top=60", PowerBITestHost.Tonight),
                new SentRequest("POST", Refreshes, PowerBITestHost.Tonight),
                new SentRequest("GET", $"{Refreshes}?$top=10", PowerBITestHost.Tonight.AddSeconds(30)),
                new SentRequest("GET", $"{Refreshes}?$top=10", PowerBITestHost.Tonight.AddSeconds(60)),
            ],
            _host.Sent);
        var post = Assert.Single(_standIn.Received, e => e.RequestMessage.Method == "POST");
        Assert.Equal("""{"notifyOption":"NoNotification"}""", post.RequestMessage.Body);
        Assert.Equal(JsonContentType, post.RequestMessage.Headers!["Content-Type"].Single());
        Assert.All(_standIn.Received, e => Assert.Equal($"Bearer {Token}", e.RequestMessage.Headers!["Authorization"].Single()));
    }

    [Fact]
    public async Task Failed_refresh_surfaces_the_service_exception_json()
    {
        const string serviceException = """{"errorCode":"ModelRefreshFailed_CredentialsNotSpecified","errorDescription":"Data source credentials are missing"}""";
        QuotaHistory();
        AcceptRefresh();
        _standIn.Server.Given(History(10)).RespondWith(
            Json(200, HistoryBody(Entry(OurRefresh, "Failed", "2025-11-20T02:00:01Z", "2025-11-20T02:00:09Z", serviceException))));

        var result = await _host.Client.RefreshDatasetAsync();

        Assert.Equal(DatasetRefreshStatus.Failed, result.Status);
        Assert.False(result.Succeeded);
        Assert.Equal(OurRefresh, result.RequestId);
        Assert.Equal(serviceException, result.Error);
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 2, 0, 9, TimeSpan.Zero), result.EndTime);
    }

    [Fact]
    public async Task Request_id_falls_back_to_x_ms_request_id_when_there_is_no_location()
    {
        QuotaHistory();
        _standIn.Server.Given(JsonCall("POST", Refreshes)).RespondWith(
            Response.Create().WithStatusCode(202).WithHeader("x-ms-request-id", OurRefresh));
        _standIn.Server.Given(History(10)).RespondWith(Json(200, HistoryBody(
            Entry("0c2a3f57-0000-4000-8000-000000000001", "Unknown", "2025-11-20T02:00:02Z"),
            Entry(OurRefresh, "Completed", "2025-11-20T02:00:01Z", "2025-11-20T02:00:20Z"))));

        var result = await _host.Client.RefreshDatasetAsync();

        Assert.Equal(DatasetRefreshStatus.Completed, result.Status);
        Assert.Equal(OurRefresh, result.RequestId);
    }

    [Fact]
    public async Task Refresh_already_in_progress_waits_for_it_to_end_then_starts_ours()
    {
        const string scheduled = "5b7e0d1c-2f4a-4c6e-8d9b-0a1b2c3d4e5f";
        QuotaHistory();
        _standIn.Sequence(
            JsonCall("POST", Refreshes).WithBody(new JsonMatcher("""{"notifyOption":"NoNotification"}""")),
            Error(400, "InvalidRequest", "Invalid dataset refresh request. Another refresh request is already executing"),
            Response.Create().WithStatusCode(202).WithHeader("Location", $"{_standIn.Url}{Refreshes}/{OurRefresh}"));
        _standIn.Sequence(
            History(10),
            Json(200, HistoryBody(Entry(scheduled, "Unknown", "2025-11-20T01:59:00Z", refreshType: "Scheduled"))),
            Json(200, HistoryBody(Entry(scheduled, "Completed", "2025-11-20T01:59:00Z", "2025-11-20T02:00:40Z", refreshType: "Scheduled"))),
            Json(200, HistoryBody(
                Entry(OurRefresh, "Completed", "2025-11-20T02:01:01Z", "2025-11-20T02:01:25Z"),
                Entry(scheduled, "Completed", "2025-11-20T01:59:00Z", "2025-11-20T02:00:40Z", refreshType: "Scheduled"))));

        var result = await _host.Client.RefreshDatasetAsync();

        Assert.Equal(DatasetRefreshStatus.Completed, result.Status);
        Assert.Equal(OurRefresh, result.RequestId);
        Assert.Equal(
            [
                new SentRequest("GET", $"{Refreshes}?$top=60", PowerBITestHost.Tonight),
                new SentRequest("POST", Refreshes, PowerBITestHost.Tonight),
                new SentRequest("GET", $"{Refreshes}?$top=10", PowerBITestHost.Tonight.AddSeconds(30)),
                new SentRequest("GET", $"{Refreshes}?$top=10", PowerBITestHost.Tonight.AddSeconds(60)),
                new SentRequest("GET", $"{Refreshes}?$top=60", PowerBITestHost.Tonight.AddSeconds(60)),
                new SentRequest("POST", Refreshes, PowerBITestHost.Tonight.AddSeconds(60)),
                new SentRequest("GET", $"{Refreshes}?$top=10", PowerBITestHost.Tonight.AddSeconds(90)),
            ],
            _host.Sent);
    }

    [Fact]
    public async Task Daily_limit_refuses_with_a_clear_message_and_posts_nothing()
    {
        // Eight refreshes in the last 24 hours: six scheduled yesterday from 03:00, two on demand tonight.
        var used = Enumerable.Range(0, 6)
            .Select(i => Entry($"00000000-0000-4000-8000-00000000000{i}", "Completed", $"2025-11-19T{3 + (3 * i):00}:00:00Z", $"2025-11-19T{3 + (3 * i):00}:05:00Z", refreshType: "Scheduled"))
            .Append(Entry("00000000-0000-4000-8000-000000000006", "Completed", "2025-11-20T00:30:00Z", "2025-11-20T00:35:00Z", refreshType: "OnDemand"))
            .Append(Entry("00000000-0000-4000-8000-000000000007", "Failed", "2025-11-20T01:10:00Z", "2025-11-20T01:11:00Z", refreshType: "ViaApi"))
            .Append(Entry("00000000-0000-4000-8000-000000000008", "Completed", "2025-11-19T01:59:00Z", "2025-11-19T02:03:00Z", refreshType: "Scheduled"))
            .ToArray();
        QuotaHistory(used);

        var result = await _host.Client.RefreshDatasetAsync();

        Assert.Equal(DatasetRefreshStatus.DailyLimitReached, result.Status);
        Assert.Null(result.RequestId);
        Assert.Equal(
            "Not refreshing: shared capacity allows 8 refreshes a day (PowerBI:DailyRefreshLimit), scheduled ones included, " +
            "and 8 started in the last 24 hours (the latest at 2025-11-20 01:10 UTC). A slot frees at 2025-11-20 03:00 UTC, " +
            "in 60 minutes. Fewer scheduled refreshes, or Premium capacity, lift this.",
            result.Error);
        Assert.DoesNotContain(_standIn.Received, e => e.RequestMessage.Method == "POST");
    }

    [Fact]
    public async Task Refresh_still_running_at_the_timeout_is_reported_as_timed_out()
    {
        using var host = new PowerBITestHost(_standIn, new Dictionary<string, string?>
        {
            ["PowerBI:PollInterval"] = "00:01:00",
            ["PowerBI:RefreshTimeout"] = "00:05:00",
        });
        QuotaHistory();
        AcceptRefresh();
        _standIn.Server.Given(History(10)).RespondWith(Json(200, HistoryBody(Entry(OurRefresh, "Unknown", "2025-11-20T02:00:01Z"))));

        var result = await host.Client.RefreshDatasetAsync();

        Assert.Equal(DatasetRefreshStatus.TimedOut, result.Status);
        Assert.Equal(OurRefresh, result.RequestId);
        Assert.Equal(TimeSpan.FromMinutes(5), host.Clock.Elapsed);
        Assert.Equal(5, host.Sent.Count(s => s.PathAndQuery.EndsWith("$top=10", StringComparison.Ordinal)));
        Assert.Equal(
            "Stopped waiting after 00:05:00 (PowerBI:RefreshTimeout); the service last reported 'Unknown'. The refresh may still finish: see its history.",
            result.Error);
    }

    private void QuotaHistory(params object[] entries) =>
        _standIn.Server.Given(History(60)).RespondWith(Json(200, HistoryBody(entries)));

    private void AcceptRefresh() =>
        _standIn.Server
            .Given(JsonCall("POST", Refreshes).WithBody(new JsonMatcher("""{"notifyOption":"NoNotification"}""")))
            .RespondWith(Response.Create()
                .WithStatusCode(202)
                .WithHeader("Location", $"{_standIn.Url}{Refreshes}/{OurRefresh}")
                .WithHeader("x-ms-request-id", "11111111-2222-4333-8444-555555555555"));
}
