using System.Text.Json;
using Dapper;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static ComplaintsAnalytics.PowerBI.Tests.PowerBIStandIn;

namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>
/// The publisher's push of a warehouse loaded from the canonical sample export (5 complaint stages, a
/// compliment and a rejected complaint for council 999, all in 2023/24) to the stand-in, limited to the
/// foundation's three mart views so that views other capabilities add do not change the figures.
/// </summary>
public sealed class PushPublishTests : IDisposable
{
    private const string PushId = "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d";
    private static readonly string PushDataset = $"{Group}/datasets/{PushId}";
    private static readonly string[] Tables = ["council", "financial_year", "complaint_stage", "complaint_timeliness", "representations_by_year"];

    private readonly PowerBIStandIn _standIn = new();
    private readonly PowerBITestHost _host;
    private readonly TemporaryWarehouse _warehouse;

    public PushPublishTests()
    {
        _host = new PowerBITestHost(_standIn, new Dictionary<string, string?>
        {
            ["PowerBI:PublishMode"] = "Push",
            ["PowerBI:Push:Views:0"] = "complaint_stage",
            ["PowerBI:Push:Views:1"] = "complaint_timeliness",
            ["PowerBI:Push:Views:2"] = "representations_by_year",
        });
        _warehouse = new TemporaryWarehouse(_host.Clock);
        Assert.Equal(7, _warehouse.Import(Path.Combine(AppContext.BaseDirectory, "fixtures", "case-system", "canonical-sample.csv")).Loaded);
        _standIn.Server.Given(Call("GET", $"{Group}/datasets")).RespondWith(Json(200, new { value = Array.Empty<object>() }));
        _standIn.Server.Given(JsonCall("POST", $"{Group}/datasets").WithParam("defaultRetentionPolicy", "None"))
            .RespondWith(Json(201, new { id = PushId, name = "ComplaintsAnalytics (push)" }));
        foreach (var table in Tables)
        {
            _standIn.Server.Given(Call("DELETE", $"{PushDataset}/tables/{table}/rows")).RespondWith(Response.Create().WithStatusCode(200));
        }
    }

    public void Dispose()
    {
        _warehouse.Dispose();
        _host.Dispose();
        _standIn.Dispose();
    }

    [Fact]
    public async Task Push_creates_the_dataset_from_the_mart_views_and_replaces_every_table_then_records_the_rows()
    {
        AcceptRows(Tables);

        var result = await _host.Get<PowerBIPublisher>().PublishAsync(_warehouse.Connection);

        var councils = _warehouse.Scalar<long>("SELECT count(DISTINCT la_code) FROM dw.dim_authority");
        long[] rows = [councils, 17, 5, 5, 5];
        Assert.True(result.Succeeded);
        Assert.Equal((PowerBIOperation.Push, PushId, "Pushed"), (result.Operation, result.DatasetId, result.Outcome));
        Assert.Equal(Tables, result.Tables.Select(t => t.Table));
        Assert.Equal(rows, result.Tables.Select(t => t.Rows));
        Assert.Equal(rows, Tables.Select(t => (long)RowsPosted(t)));
        Assert.Equal(
            Tables.Select((t, i) => (t, rows[i], 1, 0, 0.0)),
            _warehouse.Connection.Query<(string, long, int, int, double)>(
                "SELECT table_name, rows_pushed, requests, truncated_values, throttled_seconds FROM etl.powerbi_push_table WHERE run_id = $id ORDER BY rowid",
                new { id = result.RunId }));
        Assert.Equal(
            ("succeeded", rows.Sum(), rows.Sum()),
            _warehouse.Connection.QuerySingle<(string, long, long)>("SELECT status, rows_read, rows_loaded FROM etl.run WHERE run_id = $id", new { id = result.RunId }));
        Assert.Equal(
            ("push", PushId, "ComplaintsAnalytics (push)", "Pushed"),
            _warehouse.Connection.QuerySingle<(string, string, string, string)>(
                "SELECT operation, dataset_id, dataset_name, outcome FROM etl.powerbi_run WHERE run_id = $id", new { id = result.RunId }));
    }

    [Fact]
    public async Task The_push_dataset_has_the_mart_columns_in_power_bi_types_without_free_text_and_relates_them_to_council_and_year()
    {
        AcceptRows(Tables);

        await _host.Get<PowerBIPublisher>().PushAsync(_warehouse.Connection);

        using var created = JsonDocument.Parse(_standIn.Received.Single(e => e.RequestMessage.Method == "POST" && e.RequestMessage.Path == $"{Group}/datasets").RequestMessage.Body!);
        var root = created.RootElement;
        Assert.Equal(("ComplaintsAnalytics (push)", "Push"), (root.GetProperty("name").GetString(), root.GetProperty("defaultMode").GetString()));
        Assert.Equal(Tables, root.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var stage = root.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "complaint_stage")
            .GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("dataType").GetString());
        Assert.Equal(24, stage.Count);
        Assert.DoesNotContain("summary_redacted", stage.Keys);
        Assert.DoesNotContain("learning_redacted", stage.Keys);
        Assert.Equal(
            ["String", "Int64", "DateTime", "Int64", "Boolean", "Double"],
            new[] { "la_code", "stage", "received_date", "working_days_taken", "within_timescale", "compensation" }.Select(c => stage[c]));
        Assert.Equal(
            [
                "complaint_stage.la_code>council.la_code", "complaint_stage.financial_year>financial_year.financial_year",
                "complaint_timeliness.la_code>council.la_code", "complaint_timeliness.financial_year>financial_year.financial_year",
                "representations_by_year.la_code>council.la_code", "representations_by_year.financial_year>financial_year.financial_year",
            ],
            root.GetProperty("relationships").EnumerateArray().Select(r =>
                $"{r.GetProperty("fromTable").GetString()}.{r.GetProperty("fromColumn").GetString()}>{r.GetProperty("toTable").GetString()}.{r.GetProperty("toColumn").GetString()}"));
        var stages = RowsOf("complaint_stage").ToDictionary(r => $"{r.GetProperty("case_reference").GetString()}/{r.GetProperty("stage").GetInt32()}");
        Assert.Equal(["C-001/1", "C-001/2", "C-002/1", "C-003/1", "C-010/1"], stages.Keys.Order(StringComparer.Ordinal));
        var second = stages["C-001/2"];
        Assert.Equal(("999", "2024-01-22", 500.0, true, 52), (
            second.GetProperty("la_code").GetString(), second.GetProperty("received_date").GetString(), second.GetProperty("compensation").GetDouble(),
            second.GetProperty("extended").GetBoolean(), second.GetProperty("working_days_taken").GetInt32()));
    }

    [Fact]
    public async Task A_push_that_fails_part_way_records_the_tables_sent_before_the_error_and_throws()
    {
        AcceptRows(["council", "financial_year"]);
        _standIn.Server.Given(JsonCall("POST", $"{PushDataset}/tables/complaint_stage/rows"))
            .RespondWith(Error(400, "InvalidRequest", "Column 'stage' has an invalid value"));

        var error = await Assert.ThrowsAsync<PowerBIApiException>(() => _host.Get<PowerBIPublisher>().PushAsync(_warehouse.Connection));

        var councils = _warehouse.Scalar<long>("SELECT count(DISTINCT la_code) FROM dw.dim_authority");
        var (status, message) = _warehouse.Connection.QuerySingle<(string, string)>("SELECT status, message FROM etl.run WHERE kind = 'powerbi'");
        Assert.Equal("failed", status);
        Assert.Equal($"{error.Message} Tables pushed before the error: council ({councils:N0} rows), financial_year (17 rows).", message);
        Assert.StartsWith("Power BI could not add rows to push table 'complaint_stage' (rows 1 to 5): 400", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _warehouse.Scalar<long>("SELECT count(*) FROM etl.powerbi_push_table"));
        Assert.Equal("Error", _warehouse.Scalar<string>("SELECT outcome FROM etl.powerbi_run"));
    }

    [Fact]
    public async Task With_no_views_named_every_view_of_the_mart_schema_is_pushed()
    {
        using var host = new PowerBITestHost(_standIn);
        foreach (var method in new[] { "DELETE", "POST" })
        {
            _standIn.Server.Given(Request.Create().UsingMethod(method).WithPath(new WildcardMatcher($"{PushDataset}/tables/*/rows"))
                    .WithHeader("Authorization", $"Bearer {Token}"))
                .RespondWith(Response.Create().WithStatusCode(200));
        }

        var result = await host.Get<PowerBIPublisher>().PushAsync(_warehouse.Connection);

        var views = _warehouse.Connection.Query<string>(
            "SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'mart' ORDER BY table_name").ToList();
        Assert.Superset(new HashSet<string>(Tables), new HashSet<string>(views.Prepend("financial_year").Prepend("council")));
        Assert.Equal(views.Prepend("financial_year").Prepend("council"), result.Tables.Select(t => t.Table));
        Assert.Equal(5, result.Tables.Single(t => t.Table == "complaint_stage").Rows);
    }

    private void AcceptRows(IEnumerable<string> tables)
    {
        foreach (var table in tables)
        {
            _standIn.Server.Given(JsonCall("POST", $"{PushDataset}/tables/{table}/rows")).RespondWith(Response.Create().WithStatusCode(200));
        }
    }

    private int RowsPosted(string table) =>
        _standIn.Received.Where(e => e.RequestMessage.Method == "POST" && e.RequestMessage.Path == $"{PushDataset}/tables/{table}/rows")
            .Sum(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.GetProperty("rows").GetArrayLength());

    private List<JsonElement> RowsOf(string table) =>
        _standIn.Received.Where(e => e.RequestMessage.Method == "POST" && e.RequestMessage.Path == $"{PushDataset}/tables/{table}/rows")
            .SelectMany(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.GetProperty("rows").EnumerateArray())
            .ToList();
}
