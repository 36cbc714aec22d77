using WireMock.Matchers;
using WireMock.ResponseBuilders;
using static ComplaintsAnalytics.PowerBI.Tests.PowerBIStandIn;

namespace ComplaintsAnalytics.PowerBI.Tests;

public sealed class PushDatasetTests : IDisposable
{
    private const string PushDatasetId = "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d";

    private static readonly PushDatasetDefinition Definition = new(
        "ComplaintsAnalytics (push)",
        [
            new PushTableDefinition("authority", [new PushColumn("la_code", PushDataType.String), new PushColumn("name", PushDataType.String)]),
            new PushTableDefinition("complaint_stage",
            [
                new PushColumn("la_code", PushDataType.String),
                new PushColumn("stage", PushDataType.Int64),
                new PushColumn("compensation", PushDataType.Double),
                new PushColumn("escalated", PushDataType.Boolean),
                new PushColumn("received_date", PushDataType.DateTime),
            ]),
        ],
        [new PushRelationship("complaint_stage_authority", "complaint_stage", "la_code", "authority", "la_code")]);

    private const string CreateBody =
        """{"name":"ComplaintsAnalytics (push)","defaultMode":"Push","tables":[""" +
        """{"name":"authority","columns":[{"name":"la_code","dataType":"String"},{"name":"name","dataType":"String"}]},""" +
        """{"name":"complaint_stage","columns":[{"name":"la_code","dataType":"String"},{"name":"stage","dataType":"Int64"},""" +
        """{"name":"compensation","dataType":"Double"},{"name":"escalated","dataType":"Boolean"},{"name":"received_date","dataType":"DateTime"}]}]""" +
        ""","relationships":[{"name":"complaint_stage_authority","fromTable":"complaint_stage","fromColumn":"la_code","toTable":"authority","toColumn":"la_code","crossFilteringBehavior":"OneDirection"}]}""";

    private readonly PowerBIStandIn _standIn = new();
    private readonly PowerBITestHost _host;

    public PushDatasetTests() => _host = new PowerBITestHost(_standIn);

    public void Dispose()
    {
        _host.Dispose();
        _standIn.Dispose();
    }

    [Fact]
    public async Task Create_posts_push_mode_tables_and_relationships_and_returns_the_new_id()
    {
        _standIn.Server
            .Given(JsonCall("POST", $"{Group}/datasets").WithParam("defaultRetentionPolicy", "None").WithBody(new JsonMatcher(CreateBody)))
            .RespondWith(Json(201, new { id = PushDatasetId, name = Definition.Name, defaultRetentionPolicy = "None" }));

        var id = await _host.Client.CreatePushDatasetAsync(Definition);

        Assert.Equal(PushDatasetId, id);
        var request = Assert.Single(_standIn.Received).RequestMessage;
        Assert.Equal(CreateBody, request.Body);
        Assert.Equal("?defaultRetentionPolicy=None", request.RawQuery);
    }

    [Fact]
    public async Task Ensure_creates_the_dataset_when_the_workspace_has_none_of_that_name()
    {
        _standIn.Server.Given(Call("GET", $"{Group}/datasets")).RespondWith(Json(200, new
        {
            value = new[] { new { id = DatasetId, name = "ComplaintsAnalytics", isRefreshable = true, addRowsAPIEnabled = false } },
        }));
        _standIn.Server.Given(JsonCall("POST", $"{Group}/datasets").WithBody(new JsonMatcher(CreateBody)))
            .RespondWith(Json(201, new { id = PushDatasetId, name = Definition.Name }));

        var handle = await _host.Client.EnsurePushDatasetAsync(Definition);

        Assert.Equal(new PushDatasetHandle(PushDatasetId, Created: true), handle);
    }

    [Fact]
    public async Task Ensure_updates_each_table_schema_when_the_dataset_exists()
    {
        _standIn.Server.Given(Call("GET", $"{Group}/datasets")).RespondWith(Json(200, new
        {
            value = new[] { new { id = PushDatasetId, name = Definition.Name, isRefreshable = false, addRowsAPIEnabled = true } },
        }));
        _standIn.Server.Given(Call("GET", $"{Group}/datasets/{PushDatasetId}/tables"))
            .RespondWith(Json(200, new { value = new[] { new { name = "authority" }, new { name = "complaint_stage" } } }));
        _standIn.Server.Given(JsonCall("PUT", $"{Group}/datasets/{PushDatasetId}/tables/authority")
                .WithBody(new JsonMatcher("""{"name":"authority","columns":[{"name":"la_code","dataType":"String"},{"name":"name","dataType":"String"}]}""")))
            .RespondWith(Response.Create().WithStatusCode(200));
        _standIn.Server.Given(JsonCall("PUT", $"{Group}/datasets/{PushDatasetId}/tables/complaint_stage"))
            .RespondWith(Response.Create().WithStatusCode(200));

        var handle = await _host.Client.EnsurePushDatasetAsync(Definition);

        Assert.Equal(new PushDatasetHandle(PushDatasetId, Created: false), handle);
        Assert.Equal(
            ["GET", "GET", "PUT", "PUT"],
            _host.Sent.Select(s => s.Method));
    }

    [Fact]
    public async Task An_existing_dataset_without_a_table_of_the_definition_is_refused_with_what_to_do()
    {
        _standIn.Server.Given(Call("GET", $"{Group}/datasets")).RespondWith(Json(200, new
        {
            value = new[] { new { id = PushDatasetId, name = Definition.Name, isRefreshable = false, addRowsAPIEnabled = true } },
        }));
        _standIn.Server.Given(Call("GET", $"{Group}/datasets/{PushDatasetId}/tables"))
            .RespondWith(Json(200, new { value = new[] { new { name = "complaint_stage" } } }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _host.Client.EnsurePushDatasetAsync(Definition));

        Assert.Equal(
            $"Push dataset 'ComplaintsAnalytics (push)' ({PushDatasetId}) has no table 'authority', and the Power BI API cannot add a " +
            "table to an existing push dataset. Delete the dataset in the workspace (its reports must be rebuilt on the new one) " +
            "and push again to create it with every table.",
            error.Message);
        Assert.DoesNotContain(_host.Sent, s => s.Method == "PUT");
    }

    [Fact]
    public async Task A_relationship_to_a_missing_column_is_refused_before_anything_is_sent()
    {
        var broken = Definition with
        {
            Relationships = [new PushRelationship("r", "complaint_stage", "authority_code", "authority", "la_code")],
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _host.Client.CreatePushDatasetAsync(broken));

        Assert.Equal("Relationship 'r' names column 'complaint_stage.authority_code', which the table does not have.", error.Message);
        Assert.Empty(_host.Sent);
    }
}
