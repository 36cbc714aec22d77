using System.Text.Json;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>Reads the documented response shapes.</summary>
internal static class ResponseParsers
{
    public static IReadOnlyList<RefreshHistoryEntry> RefreshHistory(JsonElement root) =>
        Values(root).Select(entry => new RefreshHistoryEntry(
            Text(entry, "requestId"),
            Text(entry, "refreshType"),
            PowerBITime.Read(entry, "startTime"),
            PowerBITime.Read(entry, "endTime"),
            Text(entry, "status") ?? "Unknown",
            Text(entry, "serviceExceptionJson"))).ToList();

    /// <summary>Get Refresh Execution Details: the failure is in <c>messages</c>, not serviceExceptionJson.</summary>
    public static RefreshState EnhancedRefresh(JsonElement root)
    {
        var status = Text(root, "status") ?? Text(root, "extendedStatus") ?? "Unknown";
        var errors = root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
            ? messages.EnumerateArray()
                .Select(m => string.Join(": ", new[] { Text(m, "code"), Text(m, "message") }.Where(s => !string.IsNullOrEmpty(s))))
                .Where(s => s.Length > 0)
                .ToList()
            : [];
        var error = errors.Count > 0 ? string.Join("; ", errors) : Text(root, "serviceExceptionJson");
        return new RefreshState(status, PowerBITime.Read(root, "startTime"), PowerBITime.Read(root, "endTime"), error);
    }

    public static IReadOnlyList<DatasetInfo> Datasets(JsonElement root) =>
        Values(root).Select(d => new DatasetInfo(
            Text(d, "id") ?? "",
            Text(d, "name") ?? "",
            Text(d, "configuredBy"),
            Bool(d, "isRefreshable"),
            Bool(d, "addRowsAPIEnabled"),
            PowerBITime.Read(d, "createdDate"),
            Text(d, "webUrl"))).ToList();

    public static IReadOnlyList<string> TableNames(JsonElement root) =>
        Values(root).Select(t => Text(t, "name") ?? "").ToList();

    public static string DatasetId(JsonElement root) =>
        Text(root, "id") ?? throw new PowerBIApiException("Power BI created the dataset but its answer has no id.");

    private static JsonElement[] Values(JsonElement root) =>
        root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Bool(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
