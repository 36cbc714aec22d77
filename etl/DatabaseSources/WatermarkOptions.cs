namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>The column an incremental pull filters on, its type, and how far back each pull reaches again for late commits.</summary>
public sealed class WatermarkOptions
{
    /// <summary>The column of the query's result that holds each row's last-modified value.</summary>
    public string Column { get; set; } = string.Empty;

    public WatermarkType Type { get; set; } = WatermarkType.Timestamp;

    /// <summary>For <see cref="WatermarkType.Timestamp"/>: rows stamped this long before the stored watermark are read again.</summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>For <see cref="WatermarkType.RowVersion"/>: row versions this far below the stored watermark are read again.</summary>
    public long OverlapVersions { get; set; }
}
