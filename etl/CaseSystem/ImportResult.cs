namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// What one file's import did. For every loaded file: <c>Read = Loaded + Updated + Unchanged + Rejected</c>.
/// </summary>
public sealed record ImportResult(
    long? RunId,
    string FileName,
    ImportStatus Status,
    long Read,
    long Loaded,
    long Updated,
    long Unchanged,
    long Rejected,
    string? Message,
    TimeSpan Elapsed);
