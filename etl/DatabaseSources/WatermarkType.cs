namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>What a source's watermark column holds.</summary>
public enum WatermarkType
{
    /// <summary>A last-modified date-time.</summary>
    Timestamp,

    /// <summary>A row version that grows with every write (SQL Server <c>rowversion</c>, or any increasing integer).</summary>
    RowVersion,
}
