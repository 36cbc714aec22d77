using System.Data;
using System.Text.Json;
using WireMock.ResponseBuilders;
using static ComplaintsAnalytics.PowerBI.Tests.PowerBIStandIn;

namespace ComplaintsAnalytics.PowerBI.Tests;

public sealed class PushRowsTests : IDisposable
{
    private static readonly string TablePath = $"{Dataset}/tables/complaint_timeliness";

    private readonly PowerBIStandIn _standIn = new();

    public PushRowsTests()
    {
        _standIn.Server.Given(Call("DELETE", $"{TablePath}/rows")).RespondWith(Response.Create().WithStatusCode(200));
        _standIn.Server.Given(JsonCall("POST", $"{TablePath}/rows")).RespondWith(Response.Create().WithStatusCode(200));
    }

    public void Dispose() => _standIn.Dispose();

    [Fact]
    public async Task Replace_of_25000_rows_deletes_then_posts_three_batches_of_at_most_10000()
    {
        using var host = new PowerBITestHost(_standIn);

        var result = await host.Client.ReplaceTableRowsAsync(DatasetId, ComplaintRows.Table, Rows.Generate(25_000, ComplaintRows.Row));

        Assert.Equal(new TablePushResult("complaint_timeliness", 25_000, 3, 0, TimeSpan.Zero), result);
        var received = _standIn.Received;
        Assert.Equal(
            ["DELETE", "POST", "POST", "POST"],
            received.Select(e => e.RequestMessage.Method));
        Assert.All(received, e => Assert.Equal($"{TablePath}/rows", e.RequestMessage.Path));
        Assert.All(received, e => Assert.Equal($"Bearer {Token}", e.RequestMessage.Headers!["Authorization"].Single()));
        var posts = received.Skip(1).ToList();
        Assert.All(posts, e => Assert.Equal(JsonContentType, e.RequestMessage.Headers!["Content-Type"].Single()));
        Assert.Equal([10_000, 10_000, 5_000], posts.Select(e => RowsIn(e.RequestMessage.Body!).GetArrayLength()));
        Assert.Equal(["CSC-0000000", "CSC-0010000", "CSC-0020000"], posts.Select(e => RowsIn(e.RequestMessage.Body!)[0].GetProperty("case_reference").GetString()));
    }

    [Fact]
    public async Task Rows_are_sent_with_each_value_in_its_power_bi_type()
    {
        using var host = new PowerBITestHost(_standIn);

        await host.Client.ReplaceTableRowsAsync(DatasetId, ComplaintRows.Table, Rows.Generate(2, ComplaintRows.Row));

        var body = _standIn.Received.Single(e => e.RequestMessage.Method == "POST").RequestMessage.Body;
        Assert.Equal(
            """{"rows":[""" +
            """{"la_code":"800","case_reference":"CSC-0000000","procedure":"statutory","stage":1,"financial_year":"2024-25","received_date":"2024-04-01","deadline_date":"2024-04-29","responded_date":null,"working_days_taken":null,"extended":true,"within_timescale":true,"clock_status":"open"},""" +
            """{"la_code":"801","case_reference":"CSC-0000001","procedure":"corporate","stage":2,"financial_year":"2024-25","received_date":"2024-04-02","deadline_date":"2024-04-30","responded_date":"2024-04-08","working_days_taken":6,"extended":false,"within_timescale":true,"clock_status":"closed"}""" +
            "]}",
            body);
    }

    [Fact]
    public async Task Requests_per_minute_limit_is_held_on_the_clock()
    {
        using var host = new PowerBITestHost(_standIn, new Dictionary<string, string?> { ["PowerBI:Push:RequestsPerMinute"] = "2" });

        var result = await host.Client.ReplaceTableRowsAsync(DatasetId, ComplaintRows.Table, Rows.Generate(25_000, ComplaintRows.Row));

        Assert.Equal(TimeSpan.FromMinutes(1), result.Throttled);
        Assert.Equal(
            [PowerBITestHost.Tonight, PowerBITestHost.Tonight, PowerBITestHost.Tonight.AddMinutes(1)],
            host.Sent.Where(s => s.Method == "POST").Select(s => s.At));
    }

    [Fact]
    public async Task Batch_size_setting_splits_rows_into_smaller_requests()
    {
        using var host = new PowerBITestHost(_standIn, new Dictionary<string, string?> { ["PowerBI:Push:BatchSize"] = "400" });

        var result = await host.Client.ReplaceTableRowsAsync(DatasetId, ComplaintRows.Table, Rows.Generate(1_000, ComplaintRows.Row));

        Assert.Equal(3, result.Requests);
        Assert.Equal(
            [400, 400, 200],
            _standIn.Received.Where(e => e.RequestMessage.Method == "POST").Select(e => RowsIn(e.RequestMessage.Body!).GetArrayLength()));
    }

    [Fact]
    public async Task Strings_longer_than_4000_characters_are_cut_and_counted()
    {
        using var host = new PowerBITestHost(_standIn);
        var table = new PushTableDefinition("complaint_timeliness",
        [
            new PushColumn("case_reference", PushDataType.String),
            new PushColumn("summary_redacted", PushDataType.String),
        ]);
        var longText = new string('x', 3_999) + "\U0001F600" + new string('y', 1_000);

        var result = await host.Client.ReplaceTableRowsAsync(DatasetId, table, Rows.Generate(3, i => new Dictionary<string, object?>
        {
            ["case_reference"] = $"C{i}",
            ["summary_redacted"] = i == 1 ? longText : new string('z', 4_000),
        }));

        Assert.Equal(1, result.TruncatedValues);
        var rows = RowsIn(_standIn.Received.Single(e => e.RequestMessage.Method == "POST").RequestMessage.Body!);
        Assert.Equal(4_000, rows[0].GetProperty("summary_redacted").GetString()!.Length);

        // The emoji straddles the limit: it is dropped whole rather than split.
        Assert.Equal(new string('x', 3_999), rows[1].GetProperty("summary_redacted").GetString());
    }

    [Fact]
    public async Task Rows_stream_from_a_data_reader()
    {
        using var host = new PowerBITestHost(_standIn);
        var table = new PushTableDefinition("complaint_timeliness",
        [
            new PushColumn("case_reference", PushDataType.String),
            new PushColumn("working_days_taken", PushDataType.Int64),
            new PushColumn("compensation", PushDataType.Double),
        ]);
        using var data = new DataTable();
        data.Columns.Add("CASE_REFERENCE", typeof(string));
        data.Columns.Add("working_days_taken", typeof(int));
        data.Columns.Add("compensation", typeof(decimal));
        data.Rows.Add("CSC-1", 12, 250.5m);
        data.Rows.Add("CSC-2", DBNull.Value, DBNull.Value);
        using var reader = data.CreateDataReader();

        var result = await host.Client.ReplaceTableRowsAsync(DatasetId, table, reader);

        Assert.Equal(2, result.Rows);
        Assert.Equal(
            """{"rows":[{"case_reference":"CSC-1","working_days_taken":12,"compensation":250.5},{"case_reference":"CSC-2","working_days_taken":null,"compensation":null}]}""",
            _standIn.Received.Single(e => e.RequestMessage.Method == "POST").RequestMessage.Body);
    }

    [Fact]
    public async Task A_row_without_a_column_value_fails_before_it_is_sent()
    {
        using var host = new PowerBITestHost(_standIn);
        var table = new PushTableDefinition("complaint_timeliness", [new PushColumn("case_reference", PushDataType.String), new PushColumn("stage", PushDataType.Int64)]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.ReplaceTableRowsAsync(
            DatasetId, table, Rows.Generate(2, i => new Dictionary<string, object?> { ["case_reference"] = "C1", ["stage "] = 1 })));

        Assert.Equal("Row 1 for push table 'complaint_timeliness' has no 'stage' value.", error.Message);
        Assert.DoesNotContain(_standIn.Received, e => e.RequestMessage.Method == "POST");
    }

    [Fact]
    public async Task Basic_fifo_refuses_to_pass_200000_rows_rather_than_lose_the_oldest()
    {
        using var host = new PowerBITestHost(_standIn, new Dictionary<string, string?> { ["PowerBI:Push:RetentionPolicy"] = "BasicFifo" });
        var table = new PushTableDefinition("complaint_timeliness", [new PushColumn("n", PushDataType.Int64)]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.ReplaceTableRowsAsync(
            DatasetId, table, Rows.Generate(200_001, i => new Dictionary<string, object?> { ["n"] = i })));

        Assert.StartsWith("Push table 'complaint_timeliness' would pass 200,000 rows", error.Message, StringComparison.Ordinal);
        Assert.Equal(20, _standIn.Received.Count(e => e.RequestMessage.Method == "POST"));
    }

    private static JsonElement RowsIn(string body) => JsonDocument.Parse(body).RootElement.GetProperty("rows");
}
