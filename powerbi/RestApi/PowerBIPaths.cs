namespace ComplaintsAnalytics.PowerBI;

/// <summary>Relative paths of the REST operations used, under <c>PowerBI:BaseUrl</c>.</summary>
internal static class PowerBIPaths
{
    public static string Datasets(string groupId) => $"v1.0/myorg/groups/{E(groupId)}/datasets";

    public static string CreatePushDataset(string groupId, PushRetentionPolicy policy) =>
        $"{Datasets(groupId)}?defaultRetentionPolicy={(policy == PushRetentionPolicy.BasicFifo ? "basicFIFO" : "None")}";

    public static string Refreshes(string groupId, string datasetId) => $"{Datasets(groupId)}/{E(datasetId)}/refreshes";

    public static string RefreshHistory(string groupId, string datasetId, int? top) =>
        top is { } n ? $"{Refreshes(groupId, datasetId)}?$top={n}" : Refreshes(groupId, datasetId);

    public static string RefreshDetails(string groupId, string datasetId, string requestId) =>
        $"{Refreshes(groupId, datasetId)}/{E(requestId)}";

    public static string Tables(string groupId, string datasetId) => $"{Datasets(groupId)}/{E(datasetId)}/tables";

    public static string Table(string groupId, string datasetId, string table) =>
        $"{Datasets(groupId)}/{E(datasetId)}/tables/{E(table)}";

    public static string Rows(string groupId, string datasetId, string table) => $"{Table(groupId, datasetId, table)}/rows";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
