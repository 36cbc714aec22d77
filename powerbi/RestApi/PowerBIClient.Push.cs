using System.Data;

namespace ComplaintsAnalytics.PowerBI;

public sealed partial class PowerBIClient
{
    /// <summary>Creates a push dataset with its tables and relationships (Post Dataset In Group); gives its id.</summary>
    public async Task<string> CreatePushDatasetAsync(PushDatasetDefinition dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        PushSchemaCheck.Validate(dataset);
        using var body = RequestBodies.CreatePushDataset(dataset);
        using var response = await SendAsync(
            HttpMethod.Post, PowerBIPaths.CreatePushDataset(WorkspaceId, _options.Push.RetentionPolicy), body, cancellationToken);
        await EnsureSuccessAsync(response, $"create push dataset '{dataset.Name}'", cancellationToken);
        using var document = await ReadJsonAsync(response, cancellationToken);
        var id = ResponseParsers.DatasetId(document.RootElement);
        Log.PushDatasetCreated(_logger, dataset.Name, id);
        return id;
    }

    /// <summary>
    /// Finds the push dataset by name and brings each table's schema up to date, or creates it.
    /// Tables and relationships are set only at creation: the API has no call to add a table to an
    /// existing push dataset or to change its relationships, so a definition with a table the dataset
    /// lacks is refused with a message saying to delete the dataset.
    /// </summary>
    public async Task<PushDatasetHandle> EnsurePushDatasetAsync(PushDatasetDefinition dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        PushSchemaCheck.Validate(dataset);
        var existing = (await GetDatasetsAsync(cancellationToken)).FirstOrDefault(d => d.Name == dataset.Name);
        if (existing is null)
        {
            return new PushDatasetHandle(await CreatePushDatasetAsync(dataset, cancellationToken), Created: true);
        }

        if (!existing.AddRowsApiEnabled)
        {
            throw new InvalidOperationException(
                $"Dataset '{dataset.Name}' ({existing.Id}) exists in the workspace but is not a push dataset; rename one of them.");
        }

        var tables = await GetTablesAsync(existing.Id, cancellationToken);
        var added = dataset.Tables.Select(t => t.Name).Except(tables, StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            throw new InvalidOperationException(
                $"Push dataset '{dataset.Name}' ({existing.Id}) has no table {string.Join(", ", added.Select(t => $"'{t}'"))}, and the " +
                "Power BI API cannot add a table to an existing push dataset. Delete the dataset in the workspace (its reports " +
                "must be rebuilt on the new one) and push again to create it with every table.");
        }

        foreach (var table in dataset.Tables)
        {
            await UpdateTableSchemaAsync(existing.Id, table, cancellationToken);
        }

        return new PushDatasetHandle(existing.Id, Created: false);
    }

    /// <summary>Replaces a push table's columns when the mart changes (Put Table In Group).</summary>
    public async Task UpdateTableSchemaAsync(string datasetId, PushTableDefinition table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        PushSchemaCheck.Validate(table);
        using var body = RequestBodies.Table(table);
        using var response = await SendAsync(HttpMethod.Put, PowerBIPaths.Table(WorkspaceId, datasetId, table.Name), body, cancellationToken);
        await EnsureSuccessAsync(response, $"update the schema of push table '{table.Name}'", cancellationToken);
        Log.TableSchemaUpdated(_logger, table.Name, table.Columns.Count);
    }

    /// <summary>Deletes every row of a push table (Delete Rows In Group).</summary>
    public async Task DeleteTableRowsAsync(string datasetId, string tableName, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Delete, PowerBIPaths.Rows(WorkspaceId, datasetId, tableName), null, cancellationToken);
        await EnsureSuccessAsync(response, $"delete the rows of push table '{tableName}'", cancellationToken);
        Log.RowsDeleted(_logger, tableName);
    }

    /// <summary>
    /// Replaces a push table's rows: deletes them, then posts the new ones as they stream in, in batches
    /// of <c>PowerBI:Push:BatchSize</c> (at most 10,000) within the requests-a-minute and rows-an-hour limits.
    /// Each row must name every column; extra keys are ignored.
    /// </summary>
    public Task<TablePushResult> ReplaceTableRowsAsync(
        string datasetId,
        PushTableDefinition table,
        IAsyncEnumerable<IReadOnlyDictionary<string, object?>> rows,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return PushAsync(datasetId, table, RowSources.FromDictionaries(rows, table, cancellationToken), cancellationToken);
    }

    /// <summary>Replaces a push table's rows from a data reader whose columns are named as the table's.</summary>
    public Task<TablePushResult> ReplaceTableRowsAsync(
        string datasetId,
        PushTableDefinition table,
        IDataReader rows,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return PushAsync(datasetId, table, RowSources.FromReader(rows, table, cancellationToken), cancellationToken);
    }

    private async Task<TablePushResult> PushAsync(
        string datasetId, PushTableDefinition table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        PushSchemaCheck.Validate(table);
        await DeleteTableRowsAsync(datasetId, table.Name, cancellationToken);
        var limiter = _throttle.For(datasetId);
        var path = PowerBIPaths.Rows(WorkspaceId, datasetId, table.Name);
        using var batch = new RowBatchWriter(table);
        long posted = 0;
        var requests = 0;
        var throttled = TimeSpan.Zero;

        async Task PostBatchAsync()
        {
            if (_options.Push.RetentionPolicy == PushRetentionPolicy.BasicFifo && posted + batch.Count > PushLimits.FifoMaxRows)
            {
                throw new InvalidOperationException(
                    $"Push table '{table.Name}' would pass 200,000 rows, and PowerBI:Push:RetentionPolicy BasicFifo keeps only " +
                    "the newest 200,000: the oldest rows would vanish. Use RetentionPolicy None for tables this large.");
            }

            var waited = await limiter.AcquireAsync(batch.Count, posted >= PushLimits.LargeTableRows, cancellationToken);
            if (waited > TimeSpan.Zero)
            {
                Log.PushThrottled(_logger, table.Name, waited);
                throttled += waited;
            }

            using var body = RequestBodies.Rows(batch.Complete());
            using var response = await SendAsync(HttpMethod.Post, path, body, cancellationToken);
            await EnsureSuccessAsync(response, $"add rows to push table '{table.Name}' (rows {posted + 1:N0} to {posted + batch.Count:N0})", cancellationToken);
            posted += batch.Count;
            requests++;
            Log.PushBatchPosted(_logger, table.Name, requests, batch.Count, posted);
            batch.Reset();
        }

        await foreach (var values in rows.WithCancellation(cancellationToken))
        {
            batch.Add(values);
            if (batch.Count == _options.Push.BatchSize)
            {
                await PostBatchAsync();
            }
        }

        if (batch.Count > 0)
        {
            await PostBatchAsync();
        }

        if (batch.TruncatedValues > 0)
        {
            Log.StringsTruncated(_logger, table.Name, batch.TruncatedValues, PushLimits.MaxStringLength);
        }

        return new TablePushResult(table.Name, posted, requests, batch.TruncatedValues, throttled);
    }
}
