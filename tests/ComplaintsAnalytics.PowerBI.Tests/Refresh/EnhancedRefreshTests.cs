using WireMock.Matchers;
using WireMock.ResponseBuilders;
using static ComplaintsAnalytics.PowerBI.Tests.PowerBIStandIn;

namespace ComplaintsAnalytics.PowerBI.Tests;

public sealed class EnhancedRefreshTests : IDisposable
{
    private const string OurRefresh = "87f31ef7-1e3a-4006-9b0b-191693e79e9e";
    private const string EnhancedBody =
        """{"type":"Full","commitMode":"transactional","objects":[{"table":"complaint_stage"},{"table":"date","partition":"date-2025"}],"retryCount":2}""";

    private readonly PowerBIStandIn _standIn = new();
    private readonly PowerBITestHost _host;

    public EnhancedRefreshTests() => _host = new PowerBITestHost(_standIn, new Dictionary<string, string?>
    {
        ["PowerBI:Capacity"] = "Premium",
        ["PowerBI:EnhancedRefresh:Objects:0:Table"] = "complaint_stage",
        ["PowerBI:EnhancedRefresh:Objects:1:Table"] = "date",
        ["PowerBI:EnhancedRefresh:Objects:1:Partition"] = "date-2025",
        ["PowerBI:EnhancedRefresh:RetryCount"] = "2",
    });

    public void Dispose()
    {
        _host.Dispose();
        _standIn.Dispose();
    }

    [Fact]
    public async Task Premium_refresh_sends_the_enhanced_body_and_polls_the_refresh_details_until_completed()
    {
        AcceptRefresh(JsonCall("POST", Refreshes).WithBody(new JsonMatcher(EnhancedBody)));
        _standIn.Sequence(
            Call("GET", $"{Refreshes}/{OurRefresh}"),
            Json(202, Details("NotStarted", null)),
            Json(202, Details("InProgress", null)),
            Json(200, Details("Completed", "2025-11-20T02:01:23.87")));

        var result = await _host.Client.RefreshDatasetAsync();

        Assert.Equal(
            new DatasetRefreshResult(
                DatasetRefreshStatus.Completed,
                OurRefresh,
                new DateTimeOffset(2025, 11, 20, 2, 0, 1, 570, TimeSpan.Zero),
                new DateTimeOffset(2025, 11, 20, 2, 1, 23, 870, TimeSpan.Zero),
                null),
            result);

        // No quota check on Premium: the daily limit is a shared-capacity one.
        Assert.Equal(
            [
                new SentRequest("POST", Refreshes, PowerBITestHost.Tonight),
                new SentRequest("GET", $"{Refreshes}/{OurRefresh}", PowerBITestHost.Tonight.AddSeconds(30)),
                new SentRequest("GET", $"{Refreshes}/{OurRefresh}", PowerBITestHost.Tonight.AddSeconds(60)),
                new SentRequest("GET", $"{Refreshes}/{OurRefresh}", PowerBITestHost.Tonight.AddSeconds(90)),
            ],
            _host.Sent);
        Assert.Equal(EnhancedBody, _standIn.Received[0].RequestMessage.Body);
    }

    [Fact]
    public async Task Failed_enhanced_refresh_reports_the_service_messages()
    {
        AcceptRefresh(JsonCall("POST", Refreshes));
        _standIn.Server.Given(Call("GET", $"{Refreshes}/{OurRefresh}")).RespondWith(Json(200, new
        {
            startTime = "2025-11-20T02:00:01.57",
            endTime = "2025-11-20T02:00:44.1",
            type = "Full",
            commitMode = "Transactional",
            status = "Failed",
            extendedStatus = "Failed",
            numberOfAttempts = 3,
            messages = new[]
            {
                new { code = "DMTS_DatasourceHasNoCredentialError", message = "Data source credentials are missing or invalid.", type = "Error" },
            },
        }));

        var result = await _host.Client.RefreshDatasetAsync();

        Assert.Equal(DatasetRefreshStatus.Failed, result.Status);
        Assert.Equal("DMTS_DatasourceHasNoCredentialError: Data source credentials are missing or invalid.", result.Error);
    }

    [Fact]
    public async Task Conflict_409_waits_for_the_running_refresh_then_starts_ours()
    {
        _standIn.Sequence(
            JsonCall("POST", Refreshes).WithBody(new JsonMatcher(EnhancedBody)),
            Error(409, "Conflict", "A refresh operation is already in progress for this dataset."),
            Response.Create().WithStatusCode(202).WithHeader("Location", $"{_standIn.Url}{Refreshes}/{OurRefresh}"));
        _standIn.Server.Given(History(10)).RespondWith(Json(200, HistoryBody(
            Entry("5b7e0d1c-2f4a-4c6e-8d9b-0a1b2c3d4e5f", "Completed", "2025-11-20T01:59:00Z", "2025-11-20T02:00:10Z", refreshType: "ViaEnhancedApi"))));
        _standIn.Server.Given(Call("GET", $"{Refreshes}/{OurRefresh}")).RespondWith(Json(200, Details("Completed", "2025-11-20T02:01:23.87")));

        var result = await _host.Client.RefreshDatasetAsync();

        Assert.Equal(DatasetRefreshStatus.Completed, result.Status);
        Assert.Equal(
            ["POST", "GET ?$top=10", "POST", "GET details"],
            _host.Sent.Select(s => s.Method == "POST" ? "POST" : s.PathAndQuery.EndsWith("$top=10", StringComparison.Ordinal) ? "GET ?$top=10" : "GET details"));
    }

    private void AcceptRefresh(WireMock.RequestBuilders.IRequestBuilder request) =>
        _standIn.Server.Given(request).RespondWith(Response.Create()
            .WithStatusCode(202)
            .WithHeader("Location", $"{_standIn.Url}{Refreshes}/{OurRefresh}")
            .WithHeader("x-ms-request-id", OurRefresh));

    private static object Details(string status, string? endTime) => new
    {
        startTime = "2025-11-20T02:00:01.57",
        endTime,
        type = "Full",
        commitMode = "Transactional",
        status,
        extendedStatus = status,
        currentRefreshType = "Full",
        numberOfAttempts = 0,
        objects = new[] { new { table = "complaint_stage", partition = "complaint_stage", status } },
    };
}
