using WireMock.ResponseBuilders;
using static ComplaintsAnalytics.PowerBI.Tests.PowerBIStandIn;

namespace ComplaintsAnalytics.PowerBI.Tests;

public sealed class ResilienceTests : IDisposable
{
    private readonly PowerBIStandIn _standIn = new();
    private readonly PowerBITestHost _host;

    public ResilienceTests() => _host = new PowerBITestHost(_standIn);

    public void Dispose()
    {
        _host.Dispose();
        _standIn.Dispose();
    }

    [Fact]
    public async Task Too_many_requests_waits_the_retry_after_seconds_then_succeeds()
    {
        _standIn.Sequence(
            History(5),
            Error(429, "TooManyRequests", "Rate limit exceeded").WithHeader("Retry-After", "47"),
            Json(200, HistoryBody(Entry("9399bb89-25d1-44f8-8576-136d7e9014b1", "Completed", "2025-11-20T01:00:00Z", "2025-11-20T01:05:00Z"))));

        var history = await _host.Client.GetRefreshHistoryAsync(5);

        Assert.Equal("9399bb89-25d1-44f8-8576-136d7e9014b1", Assert.Single(history).RequestId);
        Assert.Equal([PowerBITestHost.Tonight, PowerBITestHost.Tonight.AddSeconds(47)], _host.Sent.Select(s => s.At));
        Assert.Equal(2, _standIn.Received.Count);
    }

    [Fact]
    public async Task Service_unavailable_waits_until_the_retry_after_date()
    {
        _standIn.Sequence(
            History(5),
            Response.Create().WithStatusCode(503).WithHeader("Retry-After", "Thu, 20 Nov 2025 02:03:00 GMT"),
            Json(200, HistoryBody()));

        var history = await _host.Client.GetRefreshHistoryAsync(5);

        Assert.Empty(history);
        Assert.Equal([PowerBITestHost.Tonight, PowerBITestHost.Tonight.AddMinutes(3)], _host.Sent.Select(s => s.At));
    }

    [Fact]
    public async Task Too_many_requests_on_a_post_is_retried_because_the_service_did_not_take_it()
    {
        _standIn.Server.Given(History(60)).RespondWith(Json(200, HistoryBody()));
        _standIn.Sequence(
            JsonCall("POST", Refreshes),
            Error(429, "TooManyRequests", "Rate limit exceeded").WithHeader("Retry-After", "5"),
            Response.Create().WithStatusCode(202).WithHeader("x-ms-request-id", "87f31ef7-1e3a-4006-9b0b-191693e79e9e"));
        _standIn.Server.Given(History(10)).RespondWith(Json(200, HistoryBody(
            Entry("87f31ef7-1e3a-4006-9b0b-191693e79e9e", "Completed", "2025-11-20T02:00:06Z", "2025-11-20T02:00:30Z"))));

        var result = await _host.Client.RefreshDatasetAsync();

        Assert.Equal(DatasetRefreshStatus.Completed, result.Status);
        Assert.Equal(
            [PowerBITestHost.Tonight, PowerBITestHost.Tonight.AddSeconds(5)],
            _host.Sent.Where(s => s.Method == "POST").Select(s => s.At));
    }

    [Fact]
    public async Task Server_error_on_a_read_is_retried_with_exponential_back_off()
    {
        _standIn.Sequence(
            Call("GET", $"{Group}/datasets"),
            Error(500, "InternalServerError", "Something went wrong"),
            Response.Create().WithStatusCode(502),
            Json(200, new { value = new[] { new { id = DatasetId, name = "ComplaintsAnalytics", isRefreshable = true, addRowsAPIEnabled = false } } }));

        var datasets = await _host.Client.GetDatasetsAsync();

        Assert.Equal("ComplaintsAnalytics", Assert.Single(datasets).Name);
        var at = _host.Sent.Select(s => s.At).ToArray();
        Assert.Equal(3, at.Length);

        // Base delay 2 s doubling, with decorrelated jitter: each wait is random, positive, and bounded.
        Assert.InRange((at[1] - at[0]).TotalSeconds, 0.01, 10.0);
        Assert.InRange((at[2] - at[1]).TotalSeconds, 0.01, 20.0);
    }

    [Fact]
    public async Task Server_error_on_post_rows_is_not_retried_so_rows_are_never_added_twice()
    {
        _standIn.Server.Given(Call("DELETE", $"{Dataset}/tables/complaint_stage/rows")).RespondWith(Response.Create().WithStatusCode(200));
        _standIn.Server.Given(JsonCall("POST", $"{Dataset}/tables/complaint_stage/rows"))
            .RespondWith(Error(500, "InternalServerError", "Something went wrong"));
        var table = new PushTableDefinition("complaint_stage", [new PushColumn("case_reference", PushDataType.String)]);

        var error = await Assert.ThrowsAsync<PowerBIApiException>(() => _host.Client.ReplaceTableRowsAsync(
            DatasetId, table, Rows.Generate(3, i => new Dictionary<string, object?> { ["case_reference"] = $"C{i}" })));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("InternalServerError", error.ErrorCode);
        Assert.Equal(
            "Power BI could not add rows to push table 'complaint_stage' (rows 1 to 3): 500 Internal Server Error InternalServerError: Something went wrong.",
            error.Message);
        Assert.Single(_host.Sent, s => s.Method == "POST");
    }

    [Fact]
    public async Task Too_many_requests_on_post_rows_sends_the_same_batch_again_after_the_wait()
    {
        _standIn.Server.Given(Call("DELETE", $"{Dataset}/tables/complaint_stage/rows")).RespondWith(Response.Create().WithStatusCode(200));
        _standIn.Sequence(
            JsonCall("POST", $"{Dataset}/tables/complaint_stage/rows"),
            Error(429, "TooManyRequests", "Rate limit exceeded").WithHeader("Retry-After", "20"),
            Response.Create().WithStatusCode(200));
        var table = new PushTableDefinition("complaint_stage", [new PushColumn("case_reference", PushDataType.String)]);

        var result = await _host.Client.ReplaceTableRowsAsync(
            DatasetId, table, Rows.Generate(3, i => new Dictionary<string, object?> { ["case_reference"] = $"C{i}" }));

        Assert.Equal(new TablePushResult("complaint_stage", 3, 1, 0, TimeSpan.Zero), result);
        const string body = """{"rows":[{"case_reference":"C0"},{"case_reference":"C1"},{"case_reference":"C2"}]}""";
        Assert.Equal([body, body], _standIn.Received.Where(e => e.RequestMessage.Method == "POST").Select(e => e.RequestMessage.Body));
        Assert.Equal(
            [PowerBITestHost.Tonight, PowerBITestHost.Tonight.AddSeconds(20)],
            _host.Sent.Where(s => s.Method == "POST").Select(s => s.At));
    }

    [Fact]
    public async Task Unauthorized_is_a_configuration_error_naming_the_settings_and_is_not_retried()
    {
        _standIn.Server.Given(History(60)).RespondWith(
            Error(401, "TokenExpired", "Access token has expired, resubmit with a new access token"));

        var error = await Assert.ThrowsAsync<PowerBIConfigurationException>(() => _host.Client.RefreshDatasetAsync());

        Assert.Equal(
            $"Power BI answered 401 Unauthorized to GET {Refreshes}: it did not accept the service principal's token. " +
            "Check PowerBI:TenantId is the tenant that owns the workspace, PowerBI:ClientId (2d6c9a51-0b8e-4f3c-9a77-5e1f0c3b8d42) " +
            "is the app registration, PowerBI:ClientSecret (COMPLAINTS_PowerBI__ClientSecret) is current, and the Fabric admin " +
            "portal's tenant setting 'Service principals can use Fabric APIs' (formerly 'Allow service principals to use Power BI " +
            "APIs') is enabled for a security group that holds this app. Power BI said: TokenExpired Access token has expired, " +
            "resubmit with a new access token.",
            error.Message);
        Assert.Single(_host.Sent);
        Assert.Equal(1, _host.Tokens.Invalidations);
    }

    [Fact]
    public async Task Forbidden_is_a_configuration_error_naming_workspace_access()
    {
        _standIn.Server.Given(Call("GET", $"{Group}/datasets")).RespondWith(
            Error(403, "PowerBINotAuthorizedException", "Unauthorized"));

        var error = await Assert.ThrowsAsync<PowerBIConfigurationException>(() => _host.Client.GetDatasetsAsync());

        Assert.StartsWith($"Power BI answered 403 Forbidden to GET {Group}/datasets: the service principal may not do this. ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Member or Contributor of workspace PowerBI:WorkspaceId ({GroupId})", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Service principals can use Fabric APIs'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Power BI said: PowerBINotAuthorizedException Unauthorized.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_carry_neither_the_token_nor_the_client_secret()
    {
        _standIn.Sequence(
            History(5),
            Error(429, "TooManyRequests", "Rate limit exceeded").WithHeader("Retry-After", "1"),
            Error(401, "TokenExpired", "Access token has expired"));

        await Assert.ThrowsAsync<PowerBIConfigurationException>(() => _host.Client.GetRefreshHistoryAsync(5));

        var logs = string.Join("\n", _host.Logs.Lines);
        Assert.Contains("retry 1 in 00:00:01", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("test-token", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(PowerBITestHost.Secret, logs, StringComparison.Ordinal);
    }
}
