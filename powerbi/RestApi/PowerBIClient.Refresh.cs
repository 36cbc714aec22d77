using System.Globalization;

namespace ComplaintsAnalytics.PowerBI;

public sealed partial class PowerBIClient
{
    // The refresh we started is among the newest few; the quota check reads the service's default 60.
    private const int PollHistoryTop = 10;
    private const int QuotaHistoryTop = 60;

    /// <summary>Refreshes <c>PowerBI:DatasetId</c> and waits for the outcome; see <see cref="RefreshDatasetAsync(string, CancellationToken)"/>.</summary>
    public async Task<DatasetRefreshResult> RefreshDatasetAsync(CancellationToken cancellationToken = default) =>
        await RefreshDatasetAsync(ConfiguredDatasetId(), cancellationToken);

    /// <summary>
    /// Starts a refresh of an import-mode dataset and polls until it ends or <c>PowerBI:RefreshTimeout</c>
    /// passes. On shared capacity it first counts the day's refreshes and refuses rather than spend the
    /// last of the eight; on Premium it asks for an enhanced refresh. When another refresh is running it
    /// waits for that one to end, then starts its own, so the model reads tonight's load.
    /// </summary>
    /// <param name="datasetId">The dataset of <c>PowerBI:WorkspaceId</c> to refresh.</param>
    /// <param name="cancellationToken">Cancels the wait (not the refresh on the service).</param>
    public async Task<DatasetRefreshResult> RefreshDatasetAsync(string datasetId, CancellationToken cancellationToken = default)
    {
        var enhanced = _options.Capacity == PowerBICapacity.Premium;
        var deadline = _timeProvider.GetUtcNow() + _options.RefreshTimeout;
        Log.RefreshRequested(_logger, datasetId, enhanced ? "enhanced" : "shared");
        while (true)
        {
            if (!enhanced && await RefuseForQuotaAsync(datasetId, cancellationToken) is { } refused)
            {
                return refused;
            }

            var start = await StartRefreshAsync(datasetId, enhanced, cancellationToken);
            if (!start.AnotherIsRunning)
            {
                Log.RefreshAccepted(_logger, datasetId, start.RequestId ?? "(none given)");
                return await WaitForRefreshAsync(datasetId, start.RequestId, enhanced, deadline, cancellationToken);
            }

            Log.RefreshAlreadyRunning(_logger, datasetId);
            if (!await WaitForRunningRefreshesAsync(datasetId, deadline, cancellationToken))
            {
                return new DatasetRefreshResult(DatasetRefreshStatus.TimedOut, null, null, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"Another refresh of the dataset was still running after {_options.RefreshTimeout} (PowerBI:RefreshTimeout); ours was not started."));
            }
        }
    }

    private async Task<DatasetRefreshResult?> RefuseForQuotaAsync(string datasetId, CancellationToken cancellationToken)
    {
        var history = await GetRefreshHistoryAsync(datasetId, QuotaHistoryTop, cancellationToken);
        var now = _timeProvider.GetUtcNow();
        var used = DailyRefreshQuota.Used(history, now);
        if (used.Count < _options.DailyRefreshLimit)
        {
            Log.RefreshQuota(_logger, used.Count, _options.DailyRefreshLimit);
            return null;
        }

        var message = DailyRefreshQuota.RefusalMessage(used, _options.DailyRefreshLimit, now);
        Log.DailyLimitReached(_logger, used.Count, _options.DailyRefreshLimit);
        return new DatasetRefreshResult(DatasetRefreshStatus.DailyLimitReached, null, null, null, message);
    }

    private async Task<RefreshStart> StartRefreshAsync(string datasetId, bool enhanced, CancellationToken cancellationToken)
    {
        using var body = enhanced ? RequestBodies.EnhancedRefresh(_options.EnhancedRefresh) : RequestBodies.SharedRefresh();
        using var response = await SendAsync(HttpMethod.Post, PowerBIPaths.Refreshes(WorkspaceId, datasetId), body, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new RefreshStart(false, RequestIdOfRefresh(response));
        }

        var error = PowerBIError.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return RefreshConflict.IsRefreshInProgress(response.StatusCode, error)
            ? RefreshStart.Busy
            : throw ApiError(response, "start the dataset refresh", error);
    }

    /// <summary>The request id is the last segment of Location (…/refreshes/{id}); else x-ms-request-id.</summary>
    private static string? RequestIdOfRefresh(HttpResponseMessage response)
    {
        if (response.Headers.Location is { } location)
        {
            var path = location.OriginalString.Split('?', '#')[0].TrimEnd('/');
            var last = path[(path.LastIndexOf('/') + 1)..];
            if (last.Length > 0 && !last.Equals("refreshes", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(last);
            }
        }

        return RequestId(response);
    }

    private async Task<DatasetRefreshResult> WaitForRefreshAsync(
        string datasetId, string? requestId, bool enhanced, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        RefreshState? last = null;
        while (true)
        {
            await PauseAsync(deadline, cancellationToken);
            last = enhanced && requestId is not null
                ? await GetEnhancedRefreshAsync(datasetId, requestId, cancellationToken)
                : await FindInHistoryAsync(datasetId, requestId, cancellationToken);
            Log.RefreshPolled(_logger, requestId ?? "(latest)", last?.Status ?? "not listed yet");
            if (RefreshStatuses.Terminal(last?.Status) is { } outcome)
            {
                Log.RefreshEnded(_logger, requestId ?? "(latest)", last!.Status, last.Error ?? "");
                return new DatasetRefreshResult(outcome, requestId, last.StartTime, last.EndTime, last.Error);
            }

            if (_timeProvider.GetUtcNow() >= deadline)
            {
                Log.RefreshWaitTimedOut(_logger, requestId ?? "(latest)", _options.RefreshTimeout);
                return new DatasetRefreshResult(DatasetRefreshStatus.TimedOut, requestId, last?.StartTime, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"Stopped waiting after {_options.RefreshTimeout} (PowerBI:RefreshTimeout); the service last reported " +
                    $"'{last?.Status ?? "nothing"}'. The refresh may still finish: see its history."));
            }
        }
    }

    /// <summary>Waits until no refresh in the history is running; false when the deadline came first.</summary>
    private async Task<bool> WaitForRunningRefreshesAsync(string datasetId, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (_timeProvider.GetUtcNow() < deadline)
        {
            await PauseAsync(deadline, cancellationToken);
            var history = await GetRefreshHistoryAsync(datasetId, PollHistoryTop, cancellationToken);
            var running = history.FirstOrDefault(entry => RefreshStatuses.IsRunning(entry.Status));
            Log.RefreshPolled(_logger, running?.RequestId ?? "(other)", running?.Status ?? "none running");
            if (running is null)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<RefreshState?> FindInHistoryAsync(string datasetId, string? requestId, CancellationToken cancellationToken)
    {
        var history = await GetRefreshHistoryAsync(datasetId, PollHistoryTop, cancellationToken);
        var entry = requestId is null
            ? (history.Count > 0 ? history[0] : null)
            : history.FirstOrDefault(e => string.Equals(e.RequestId, requestId, StringComparison.OrdinalIgnoreCase));
        return entry is null ? null : RefreshState.From(entry);
    }

    private async Task<RefreshState> GetEnhancedRefreshAsync(string datasetId, string requestId, CancellationToken cancellationToken)
    {
        // 202 while the refresh runs, 200 once it has ended; the body has the same shape.
        using var document = await GetJsonAsync(
            PowerBIPaths.RefreshDetails(WorkspaceId, datasetId, requestId), "read the enhanced refresh's details", cancellationToken);
        return ResponseParsers.EnhancedRefresh(document.RootElement);
    }

    private Task PauseAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var left = deadline - _timeProvider.GetUtcNow();
        var pause = left < _options.PollInterval ? left : _options.PollInterval;
        return pause > TimeSpan.Zero ? Task.Delay(pause, _timeProvider, cancellationToken) : Task.CompletedTask;
    }
}
