using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using WireMock.ResponseBuilders;
using Xunit.Abstractions;
using static ComplaintsAnalytics.PowerBI.Tests.PowerBIStandIn;

namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>
/// The 250,000-row push measurement for powerbi/README.md. It asserts the documented limits, never a
/// duration; the figures go to the test output (run with --logger "console;verbosity=detailed").
/// </summary>
[Trait("Kind", "Measurement")]
public sealed class PushMeasurementTests(ITestOutputHelper output)
{
    private const int RowCount = 250_000;

    [Fact]
    public async Task Push_of_250000_mart_rows_respects_batch_size_and_rate_limits()
    {
        using var standIn = new PowerBIStandIn();
        var tablePath = $"{Dataset}/tables/{ComplaintRows.Table.Name}/rows";
        standIn.Server.Given(Call("DELETE", tablePath)).RespondWith(Response.Create().WithStatusCode(200));
        standIn.Server.Given(JsonCall("POST", tablePath)).RespondWith(Response.Create().WithStatusCode(200));
        using var host = new PowerBITestHost(standIn);
        var client = host.Client;

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = await client.ReplaceTableRowsAsync(DatasetId, ComplaintRows.Table, Rows.Generate(RowCount, ComplaintRows.Row));
        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var posts = standIn.Received.Where(e => e.RequestMessage.Method == "POST").ToList();
        var rowsPerPost = posts.Select(e => RowCountOf(e.RequestMessage.Body!)).ToList();
        var postTimes = host.Sent.Where(s => s.Method == "POST").Select(s => s.At).ToList();
        Assert.Equal(RowCount, result.Rows);
        Assert.Equal(25, posts.Count);
        Assert.All(rowsPerPost, n => Assert.Equal(PushLimits.MaxRowsPerRequest, n));
        Assert.True(MostInAnyWindow(postTimes, TimeSpan.FromMinutes(1)) <= PushLimits.MaxRequestsPerMinute);
        Assert.Equal(RowCount, rowsPerPost.Sum());

        var bytes = posts.Sum(e => (long)e.RequestMessage.Body!.Length);
        var serialiseCpu = SerialisationOnly();
        output.WriteLine($"rows {RowCount:N0}; POST rows requests {posts.Count}; largest batch {rowsPerPost.Max():N0}; body bytes {bytes:N0}");
        output.WriteLine($"most POSTs in any minute {MostInAnyWindow(postTimes, TimeSpan.FromMinutes(1))}; virtual time the limits imposed {host.Clock.Elapsed}; throttled {result.Throttled}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall-clock on loopback {wall.Elapsed.TotalSeconds:0.00} s; process CPU (client + stand-in) {cpu.TotalSeconds:0.00} s; client serialisation alone {serialiseCpu.TotalSeconds:0.00} s CPU"));
        foreach (var rows in new[] { 250_000, 1_000_000, 1_200_000, 2_500_000 })
        {
            output.WriteLine($"limits alone, {rows:N0} rows in batches of 10,000: {await MinutesTheLimitsImposeAsync(rows):0.0} minutes of waiting");
        }
    }

    /// <summary>Drives only the rate limiter on a virtual clock: the waiting the documented limits force.</summary>
    private static async Task<double> MinutesTheLimitsImposeAsync(int rows)
    {
        var clock = new VirtualClock(PowerBITestHost.Tonight);
        using var limiter = new PushRateLimiter(clock, PushLimits.MaxRequestsPerMinute, PushLimits.MaxRowsPerHour);
        var waited = TimeSpan.Zero;
        for (var posted = 0; posted < rows; posted += PushLimits.MaxRowsPerRequest)
        {
            waited += await limiter.AcquireAsync(PushLimits.MaxRowsPerRequest, posted >= PushLimits.LargeTableRows, CancellationToken.None);
        }

        return waited.TotalMinutes;
    }

    private static TimeSpan SerialisationOnly()
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        using var writer = new RowBatchWriter(ComplaintRows.Table);
        var values = new object?[ComplaintRows.Table.Columns.Count];
        for (var i = 0; i < RowCount; i++)
        {
            var row = ComplaintRows.Row(i);
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = row[ComplaintRows.Table.Columns[c].Name];
            }

            writer.Add(values);
            if (writer.Count == PushLimits.MaxRowsPerRequest)
            {
                writer.Complete();
                writer.Reset();
            }
        }

        return Process.GetCurrentProcess().TotalProcessorTime - before;
    }

    private static int MostInAnyWindow(List<DateTimeOffset> times, TimeSpan window) =>
        times.Count == 0 ? 0 : times.Max(start => times.Count(t => t >= start && t < start + window));

    private static int RowCountOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("rows").GetArrayLength();
    }
}
