using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>The JSON bodies sent, in the documented shapes.</summary>
internal static class RequestBodies
{
    /// <summary>Plain refresh, the only kind shared capacity takes; a service principal gets no mail.</summary>
    public static HttpContent SharedRefresh() => Write(json => json.WriteString("notifyOption", "NoNotification"));

    /// <summary>Enhanced refresh: any property other than notifyOption makes it one; notifyOption must be left out.</summary>
    public static HttpContent EnhancedRefresh(EnhancedRefreshOptions options) => Write(json =>
    {
        json.WriteString("type", options.Type);
        json.WriteString("commitMode", options.CommitMode);
        if (options.Objects.Count > 0)
        {
            json.WriteStartArray("objects");
            foreach (var item in options.Objects)
            {
                json.WriteStartObject();
                json.WriteString("table", item.Table);
                if (!string.IsNullOrEmpty(item.Partition))
                {
                    json.WriteString("partition", item.Partition);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteNumber("retryCount", options.RetryCount);
    });

    public static HttpContent CreatePushDataset(PushDatasetDefinition dataset) => Write(json =>
    {
        json.WriteString("name", dataset.Name);
        json.WriteString("defaultMode", "Push");
        json.WriteStartArray("tables");
        foreach (var table in dataset.Tables)
        {
            json.WriteStartObject();
            WriteTable(json, table);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("relationships");
        foreach (var relationship in dataset.Relationships)
        {
            json.WriteStartObject();
            json.WriteString("name", relationship.Name);
            json.WriteString("fromTable", relationship.FromTable);
            json.WriteString("fromColumn", relationship.FromColumn);
            json.WriteString("toTable", relationship.ToTable);
            json.WriteString("toColumn", relationship.ToColumn);
            json.WriteString("crossFilteringBehavior", relationship.CrossFilteringBehavior.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static HttpContent Table(PushTableDefinition table) => Write(json => WriteTable(json, table));

    public static HttpContent Rows(ReadOnlyMemory<byte> body)
    {
        var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static void WriteTable(Utf8JsonWriter json, PushTableDefinition table)
    {
        json.WriteString("name", table.Name);
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("dataType", column.DataType.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static ByteArrayContent Write(Action<Utf8JsonWriter> properties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            properties(json);
            json.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
