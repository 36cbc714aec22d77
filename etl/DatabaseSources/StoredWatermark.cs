namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>A row of <c>etl.source_watermark</c>.</summary>
internal sealed class StoredWatermark
{
    public string WatermarkColumn { get; init; } = string.Empty;

    public string WatermarkType { get; init; } = string.Empty;

    public string? Watermark { get; init; }

    public long RunId { get; init; }

    public DateTime? KeysComparedAt { get; init; }
}
