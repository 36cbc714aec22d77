namespace ComplaintsAnalytics.PowerBI;

public sealed partial class PowerBIClient
{
    /// <summary>The datasets of the workspace (Get Datasets In Group).</summary>
    public async Task<IReadOnlyList<DatasetInfo>> GetDatasetsAsync(CancellationToken cancellationToken = default)
    {
        using var document = await GetJsonAsync(PowerBIPaths.Datasets(WorkspaceId), "list the workspace's datasets", cancellationToken);
        return ResponseParsers.Datasets(document.RootElement);
    }

    /// <summary>The names of a push dataset's tables (Get Tables In Group).</summary>
    public async Task<IReadOnlyList<string>> GetTablesAsync(string datasetId, CancellationToken cancellationToken = default)
    {
        using var document = await GetJsonAsync(PowerBIPaths.Tables(WorkspaceId, datasetId), "list the push dataset's tables", cancellationToken);
        return ResponseParsers.TableNames(document.RootElement);
    }

    /// <summary>The refresh history of <c>PowerBI:DatasetId</c>, newest first (Get Refresh History In Group).</summary>
    /// <param name="top">How many entries; the service gives 60 when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<RefreshHistoryEntry>> GetRefreshHistoryAsync(int? top = null, CancellationToken cancellationToken = default) =>
        await GetRefreshHistoryAsync(ConfiguredDatasetId(), top, cancellationToken);

    /// <summary>The refresh history of a dataset of the workspace, newest first.</summary>
    /// <param name="datasetId">The dataset.</param>
    /// <param name="top">How many entries; the service gives 60 when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<RefreshHistoryEntry>> GetRefreshHistoryAsync(string datasetId, int? top, CancellationToken cancellationToken = default)
    {
        using var document = await GetJsonAsync(
            PowerBIPaths.RefreshHistory(WorkspaceId, datasetId, top), "read the dataset's refresh history", cancellationToken);
        return ResponseParsers.RefreshHistory(document.RootElement);
    }

    private string ConfiguredDatasetId() =>
        string.IsNullOrWhiteSpace(_options.DatasetId)
            ? throw new PowerBIConfigurationException(
                "PowerBI:DatasetId is not set: give the id of the import-mode semantic model to refresh " +
                "(in the Power BI service, it is the GUID after /datasets/ in the model's settings URL).")
            : _options.DatasetId;
}
