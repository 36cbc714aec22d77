using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// Publishes the warehouse to Power BI and records each outcome in <c>etl.run</c> (kind <c>powerbi</c>),
/// with Power BI's answer in <c>etl.powerbi_run</c>: refreshes the import-mode semantic model, or pushes
/// the mart views into a push dataset. The <c>powerbi</c> verbs and the nightly job call it; register it
/// with <see cref="PowerBIServiceCollectionExtensions.AddPowerBIPublishing"/>.
/// </summary>
public sealed class PowerBIPublisher
{
    /// <summary>The <c>etl.run.kind</c> of every run this class records.</summary>
    public const string RunKind = "powerbi";

    private readonly PowerBIClient _client;
    private readonly PowerBIOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<PowerBIPublisher> _logger;

    /// <summary>Created by dependency injection; see <see cref="PowerBIServiceCollectionExtensions.AddPowerBIPublishing"/>.</summary>
    public PowerBIPublisher(PowerBIClient client, IOptions<PowerBIOptions> options, TimeProvider clock, ILogger<PowerBIPublisher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>
    /// True when the <c>PowerBI</c> section names a tenant, an app and a workspace: a nightly job can skip
    /// Power BI quietly for a council that has not set it up, without resolving (and validating) the client.
    /// </summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(PowerBIOptions.SectionName);
        return !string.IsNullOrWhiteSpace(section[nameof(PowerBIOptions.TenantId)])
            && !string.IsNullOrWhiteSpace(section[nameof(PowerBIOptions.ClientId)])
            && !string.IsNullOrWhiteSpace(section[nameof(PowerBIOptions.WorkspaceId)]);
    }

    /// <summary>Does what <c>PowerBI:PublishMode</c> says: a refresh (the default), or a push.</summary>
    /// <param name="warehouse">The warehouse: the run log, and the mart views a push reads.</param>
    /// <param name="cancellationToken">Stops waiting; the run is recorded as failed.</param>
    public Task<PowerBIPublishResult> PublishAsync(DuckDBConnection warehouse, CancellationToken cancellationToken = default) =>
        _options.PublishMode == PowerBIPublishMode.Push
            ? PushAsync(warehouse, cancellationToken)
            : RefreshAsync(warehouse, datasetId: null, cancellationToken);

    /// <summary>
    /// Refreshes the import-mode semantic model and waits for the outcome (see
    /// <see cref="PowerBIClient.RefreshDatasetAsync(string, CancellationToken)"/>). A refresh that fails,
    /// times out or is not started for the shared-capacity daily limit is recorded as failed with the
    /// reason (the service's <c>serviceExceptionJson</c> for a failure) and returned, not thrown. Errors
    /// of configuration or of the API are recorded, then thrown.
    /// </summary>
    /// <param name="warehouse">The warehouse holding the run log.</param>
    /// <param name="datasetId">The dataset to refresh; <c>PowerBI:DatasetId</c> when null.</param>
    /// <param name="cancellationToken">Stops waiting (the refresh may still finish on the service).</param>
    public async Task<PowerBIPublishResult> RefreshAsync(DuckDBConnection warehouse, string? datasetId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var dataset = string.IsNullOrWhiteSpace(datasetId) ? _options.DatasetId : datasetId;
        var run = PowerBIRunRecord.Start(warehouse, _clock, PowerBIOperation.Refresh, _options.WorkspaceId, datasetName: null);
        Log.PublishStarted(_logger, run.RunId, "refresh", dataset);
        try
        {
            if (string.IsNullOrWhiteSpace(dataset))
            {
                throw new PowerBIConfigurationException(
                    "PowerBI:DatasetId is not set: give the id of the import-mode semantic model to refresh " +
                    "(the GUID after /datasets/ in the model's settings URL in the Power BI service).");
            }

            var refresh = await _client.RefreshDatasetAsync(dataset, cancellationToken);
            var result = new PowerBIPublishResult(
                run.RunId, PowerBIOperation.Refresh, refresh.Succeeded, dataset, refresh.Status.ToString(),
                refresh.Succeeded ? null : RefreshFailure(refresh), refresh, []);
            Close(run, result);
            return result;
        }
        catch (Exception exception) when (Recordable(exception))
        {
            Close(run, Failure(run, PowerBIOperation.Refresh, dataset, exception, []));
            throw;
        }
    }

    /// <summary>
    /// Creates the push dataset (<c>PowerBI:Push:DatasetName</c>) or brings its table schemas up to date
    /// with the mart, then replaces every table's rows, streaming them from the warehouse within the push
    /// limits. Any error is recorded with the tables pushed before it, then thrown; a rerun replaces
    /// every table again.
    /// </summary>
    /// <param name="warehouse">The warehouse whose mart views are pushed; it also holds the run log.</param>
    /// <param name="cancellationToken">Stops the push between batches; the run is recorded as failed.</param>
    public async Task<PowerBIPublishResult> PushAsync(DuckDBConnection warehouse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var name = _options.Push.DatasetName;
        var run = PowerBIRunRecord.Start(warehouse, _clock, PowerBIOperation.Push, _options.WorkspaceId, name);
        Log.PublishStarted(_logger, run.RunId, "push", name);
        var pushed = new List<TablePushResult>();
        string? datasetId = null;
        try
        {
            var source = MartPushSource.Read(warehouse, name, [.. _options.Push.Views]);
            var dataset = await _client.EnsurePushDatasetAsync(source.Definition, cancellationToken);
            datasetId = dataset.DatasetId;
            foreach (var table in source.Definition.Tables)
            {
                // Streamed: DuckDB hands over a chunk at a time, so a row-level mart never sits whole in memory.
                using var command = new DuckDBCommand(source.QueryFor(table), warehouse) { UseStreamingMode = true };
                using var rows = await command.ExecuteReaderAsync(cancellationToken);
                var sent = await _client.ReplaceTableRowsAsync(datasetId, table, rows, cancellationToken);
                pushed.Add(sent);
                Log.TablePushed(_logger, run.RunId, sent.Table, sent.Rows, sent.Requests);
            }

            var result = new PowerBIPublishResult(run.RunId, PowerBIOperation.Push, true, datasetId, "Pushed", null, null, pushed);
            Close(run, result);
            return result;
        }
        catch (Exception exception) when (Recordable(exception))
        {
            Close(run, Failure(run, PowerBIOperation.Push, datasetId, exception, pushed));
            throw;
        }
    }

    private static string RefreshFailure(DatasetRefreshResult refresh) => refresh.Status switch
    {
        DatasetRefreshStatus.Failed => $"Power BI refresh {refresh.RequestId} failed: {refresh.Error ?? "the service gave no details"}",
        DatasetRefreshStatus.DailyLimitReached or DatasetRefreshStatus.TimedOut => refresh.Error ?? refresh.Status.ToString(),
        _ => $"Power BI refresh {refresh.RequestId} ended {refresh.Status}{(refresh.Error is null ? "" : $": {refresh.Error}")}",
    };

    private static PowerBIPublishResult Failure(
        PowerBIRunRecord run, PowerBIOperation operation, string? datasetId, Exception exception, List<TablePushResult> pushed)
    {
        var cancelled = exception is OperationCanceledException;
        var message = exception switch
        {
            OperationCanceledException => "Stopped before Power BI answered: the run was cancelled.",
            OptionsValidationException invalid => $"Power BI is not set up: {string.Join(" ", invalid.Failures)}",
            _ => exception.Message,
        };
        if (pushed.Count > 0)
        {
            message += string.Create(
                CultureInfo.InvariantCulture,
                $" Tables pushed before the error: {string.Join(", ", pushed.Select(t => $"{t.Table} ({t.Rows:N0} rows)"))}.");
        }

        return new PowerBIPublishResult(run.RunId, operation, false, datasetId, cancelled ? "Cancelled" : "Error", message, null, pushed);
    }

    // Every failure is recorded, then rethrown, except those that leave the process unable to record anything.
    private static bool Recordable(Exception exception) => exception is not (OutOfMemoryException or StackOverflowException);

    private void Close(PowerBIRunRecord run, PowerBIPublishResult result)
    {
        if (result.Succeeded)
        {
            run.Succeed(result);
            Log.PublishSucceeded(_logger, run.RunId, result.Outcome, result.RowsPushed);
        }
        else
        {
            run.Fail(result);
            Log.PublishFailed(_logger, run.RunId, result.Outcome, result.Message ?? "");
        }
    }
}
