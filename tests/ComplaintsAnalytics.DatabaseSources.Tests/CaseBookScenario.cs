using ComplaintsAnalytics.Etl.DatabaseSources;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

/// <summary>
/// The three-pull story of the fixtures: casebook-seed.sql pulled on 15 April 2024 at 09:00,
/// casebook-changes-1.sql before the pull on the 16th, casebook-changes-2.sql before the pull on the 17th.
/// </summary>
public static class CaseBookScenario
{
    public static readonly DateTimeOffset FirstPull = new(2024, 4, 15, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SecondPull = FirstPull.AddDays(1);
    public static readonly DateTimeOffset ThirdPull = FirstPull.AddDays(2);

    /// <summary>xunit data: each stand-in engine with each kind of watermark.</summary>
    public static TheoryData<SourceProvider, WatermarkType> EnginesAndWatermarks() => new()
    {
        { SourceProvider.Sqlite, WatermarkType.Timestamp },
        { SourceProvider.Sqlite, WatermarkType.RowVersion },
        { SourceProvider.DuckDb, WatermarkType.Timestamp },
        { SourceProvider.DuckDb, WatermarkType.RowVersion },
    };

    /// <summary>Points the source at the row-version query when asked to.</summary>
    public static Action<DatabaseSourceOptions> Watermarked(WatermarkType type) => source =>
    {
        if (type == WatermarkType.RowVersion)
        {
            source.Query = Fixture.Path("casebook-complaints-by-rowversion.sql");
            source.Watermark.Column = "row_version";
            source.Watermark.Type = WatermarkType.RowVersion;
        }
    };
}
