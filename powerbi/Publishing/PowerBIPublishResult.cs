namespace ComplaintsAnalytics.PowerBI;

/// <summary>What one publish did, as recorded in <c>etl.run</c> (kind <c>powerbi</c>) and <c>etl.powerbi_run</c>.</summary>
/// <param name="RunId">The run in <c>etl.run</c>.</param>
/// <param name="Operation">Refresh or push.</param>
/// <param name="Succeeded">True when the refresh completed or every table was pushed.</param>
/// <param name="DatasetId">The dataset refreshed or pushed to.</param>
/// <param name="Outcome">How it ended: a <see cref="DatasetRefreshStatus"/> name for a refresh, <c>Pushed</c> for a push, <c>Error</c> or <c>Cancelled</c>.</param>
/// <param name="Message">Why it did not succeed (the service's error, the daily limit, the timeout); null on success.</param>
/// <param name="Refresh">The refresh's details, for a refresh that Power BI answered.</param>
/// <param name="Tables">What each table's push sent, for a push.</param>
public sealed record PowerBIPublishResult(
    long RunId,
    PowerBIOperation Operation,
    bool Succeeded,
    string? DatasetId,
    string Outcome,
    string? Message,
    DatasetRefreshResult? Refresh,
    IReadOnlyList<TablePushResult> Tables)
{
    /// <summary>Rows pushed over all tables.</summary>
    public long RowsPushed => Tables.Sum(t => t.Rows);
}
