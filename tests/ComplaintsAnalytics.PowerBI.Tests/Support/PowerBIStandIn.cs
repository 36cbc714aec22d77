using System.Text.Json;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>
/// A loopback stand-in for the Power BI REST API. Mappings match only requests of the documented
/// shape carrying our bearer token; anything else gets WireMock's 404, which the client reports as
/// an error, so a wrong path, method, header or body fails the test.
/// </summary>
internal sealed class PowerBIStandIn : IDisposable
{
    public const string GroupId = "f089354e-8366-4e18-aea3-4cb4a3a50b48";
    public const string DatasetId = "cfafbeb1-8037-4d0c-896e-a46fb27ff229";
    public const string Token = "eyJ0eXAi.test-token.7f3a";
    public const string JsonContentType = "application/json; charset=utf-8";

    public static readonly string Group = $"/v1.0/myorg/groups/{GroupId}";
    public static readonly string Dataset = $"{Group}/datasets/{DatasetId}";
    public static readonly string Refreshes = $"{Dataset}/refreshes";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    /// <summary>Requests the stand-in received, oldest first.</summary>
    public IReadOnlyList<ILogEntry> Received =>
        Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToList();

    public static IRequestBuilder Call(string method, string path) =>
        Request.Create().UsingMethod(method).WithPath(path).WithHeader("Authorization", $"Bearer {Token}");

    public static IRequestBuilder History(int top) => Call("GET", Refreshes).WithParam("$top", top.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static IRequestBuilder JsonCall(string method, string path) =>
        Call(method, path).WithHeader("Content-Type", JsonContentType);

    public static IResponseBuilder Json(int status, object body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(body));

    public static IResponseBuilder Error(int status, string code, string message) =>
        Json(status, new { error = new { code, message } });

    public static object HistoryBody(params object[] entries) => new { value = entries };

    public static object Entry(string requestId, string status, string start, string? end = null, string? serviceExceptionJson = null, string refreshType = "ViaApi") =>
        serviceExceptionJson is null
            ? new { requestId, id = 1, refreshType, startTime = start, endTime = end, status }
            : new { requestId, id = 1, refreshType, startTime = start, endTime = end, status, serviceExceptionJson };

    /// <summary>Answers the same request with each response in turn; the last one repeats.</summary>
    public void Sequence(IRequestBuilder request, params IResponseBuilder[] responses)
    {
        var scenario = Guid.NewGuid().ToString();
        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = Server.Given(request).InScenario(scenario);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs($"after {i}");
            }

            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo($"after {i + 1}");
            }

            mapping.RespondWith(responses[i]);
        }
    }

    public void Dispose() => Server.Stop();
}
