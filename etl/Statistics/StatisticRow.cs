namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>
/// One published value about one area in one financial year, as a parser read it: the shared shape of
/// <c>dw.fact_referrals</c>, <c>dw.fact_ehcp</c>, <c>dw.fact_ombudsman</c> and <c>dw.fact_published_measure</c>.
/// </summary>
/// <param name="SourceRow">The file row (or XML line) it came from.</param>
/// <param name="GeographicLevel"><c>Local authority</c>, <c>Regional</c> or <c>National</c>.</param>
/// <param name="AreaCode">The DfE code of a local authority, or the ONS code of a region or country.</param>
/// <param name="AreaName">The area as the publisher named it.</param>
/// <param name="LaCode">The DfE code for a local authority row; null otherwise.</param>
/// <param name="RegionCode">The ONS region code, when published.</param>
/// <param name="Period">The financial year, <c>2023/24</c>.</param>
/// <param name="TimePeriod">The period as published (e.g. <c>2024</c>, <c>202324</c>).</param>
/// <param name="TimeIdentifier">The publisher's kind of period (e.g. <c>Reporting year</c>).</param>
/// <param name="Category">The publisher's category or breakdown, or <c>all</c>.</param>
/// <param name="Measure">The publisher's measure name (a benchmark-returns code for returns).</param>
/// <param name="Value">The number; null when the publisher wrote a marker or nothing.</param>
/// <param name="Marker">The publisher's marker (c, x, z, u, low, k) when there is no number.</param>
/// <param name="Source">Where the figure was published.</param>
/// <param name="Origin"><c>published</c>, or <c>warehouse</c> for a council's own return.</param>
public sealed record StatisticRow(
    long SourceRow,
    string GeographicLevel,
    string AreaCode,
    string AreaName,
    string? LaCode,
    string? RegionCode,
    string Period,
    string TimePeriod,
    string TimeIdentifier,
    string Category,
    string Measure,
    decimal? Value,
    string? Marker,
    string Source,
    string Origin)
{
    /// <summary>The level DfE writes for a local authority row.</summary>
    public const string LocalAuthority = "Local authority";

    /// <summary>Figures someone published.</summary>
    public const string Published = "published";

    /// <summary>A council's own figures (its case records or its own statutory return).</summary>
    public const string Warehouse = "warehouse";

    /// <summary>The natural key inside one fact table.</summary>
    public string Key => $"{AreaCode}|{Period}|{Category}|{Measure}|{Origin}";
}
