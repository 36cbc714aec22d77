using ComplaintsAnalytics.Etl.CaseSystem;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// What one source's pull did. Row counts are those of <c>etl.run</c> (<c>Read = Loaded + Updated + Unchanged + Rejected</c>);
/// the watermarks and the key comparison's marks are those of <c>etl.source_pull</c>.
/// </summary>
public sealed record PullResult(
    string Source,
    long? RunId,
    ImportStatus Status,
    long Read,
    long Loaded,
    long Updated,
    long Unchanged,
    long Rejected,
    long MarkedDeleted,
    long Restored,
    string? WatermarkBefore,
    string? WatermarkAfter,
    bool KeysCompared,
    int Attempts,
    string? Message,
    TimeSpan Elapsed)
{
    internal static PullResult Failed(string source, string message, TimeSpan elapsed) =>
        new(source, null, ImportStatus.Failed, 0, 0, 0, 0, 0, 0, 0, null, null, false, 0, message, elapsed);
}
