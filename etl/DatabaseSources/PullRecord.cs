namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>A row of <c>etl.source_pull</c>: the watermarks of one pull run and what its key comparison did.</summary>
internal sealed record PullRecord(
    long RunId,
    DatabaseSource Source,
    Watermark? Before,
    Watermark? ReadFrom,
    Watermark? After,
    bool FullRead,
    bool KeysCompared,
    long? SourceKeys,
    long MarkedDeleted,
    long Restored,
    int Attempt);
