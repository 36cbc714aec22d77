namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>The area of one row of a DfE table: England, a region or a local authority (by its DfE code).</summary>
public sealed record EesArea(string Level, string AreaCode, string AreaName, string? LaCode, string? RegionCode);
