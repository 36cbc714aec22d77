using ComplaintsAnalytics.Etl.DatabaseSources;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

public sealed class WatermarkTests
{
    [Fact]
    public void A_timestamp_watermark_reads_the_date_time_types_sources_return()
    {
        var expected = Watermark.OfTime(new DateTime(2024, 4, 15, 16, 30, 0));

        Assert.Equal(expected, Watermark.FromValue(WatermarkType.Timestamp, new DateTime(2024, 4, 15, 16, 30, 0)));
        Assert.Equal(expected, Watermark.FromValue(WatermarkType.Timestamp, "2024-04-15 16:30:00"));
        Assert.Equal(expected, Watermark.FromValue(WatermarkType.Timestamp, "2024-04-15T16:30:00.0000000"));
        Assert.Equal(expected, Watermark.FromValue(WatermarkType.Timestamp, new DateTimeOffset(2024, 4, 15, 17, 30, 0, TimeSpan.FromHours(1))));
        Assert.Null(Watermark.FromValue(WatermarkType.Timestamp, DBNull.Value));
    }

    [Fact]
    public void A_rowversion_watermark_reads_SQL_Servers_eight_bytes_and_whole_numbers()
    {
        var expected = Watermark.OfVersion(0x0000_0000_0001_86A1);

        Assert.Equal(expected, Watermark.FromValue(WatermarkType.RowVersion, new byte[] { 0, 0, 0, 0, 0, 1, 0x86, 0xA1 }));
        Assert.Equal(expected, Watermark.FromValue(WatermarkType.RowVersion, 100_001L));
        Assert.Equal(expected, Watermark.FromValue(WatermarkType.RowVersion, 100_001m));
        Assert.Equal(expected, Watermark.FromValue(WatermarkType.RowVersion, "100001"));
        Assert.Throws<FormatException>(() => Watermark.FromValue(WatermarkType.RowVersion, -3L));
    }

    [Fact]
    public void The_next_read_starts_the_overlap_before_the_watermark_and_never_below_the_floor()
    {
        var overlap = new WatermarkOptions { Overlap = TimeSpan.FromMinutes(30), OverlapVersions = 300 };

        Assert.Equal("2024-04-15T08:20:00.0000000", Watermark.OfTime(new DateTime(2024, 4, 15, 8, 50, 0)).Less(overlap).ToString());
        Assert.Equal("1517001", Watermark.OfVersion(1_517_301).Less(overlap).ToString());
        Assert.Equal("0", Watermark.OfVersion(120).Less(overlap).ToString());
        Assert.Equal("1900-01-01T00:00:00.0000000", Watermark.Floor(WatermarkType.Timestamp).Less(overlap).ToString());
    }

    [Fact]
    public void The_watermark_is_bound_as_a_parameter_in_the_type_each_provider_compares()
    {
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0x01, 0x2C }, Watermark.OfVersion(300).ParameterValue(SourceProvider.SqlServer));
        Assert.Equal(300L, Watermark.OfVersion(300).ParameterValue(SourceProvider.Sqlite));
        Assert.Equal(new DateTime(2024, 4, 15, 8, 20, 0), Watermark.OfTime(new DateTime(2024, 4, 15, 8, 20, 0)).ParameterValue(SourceProvider.DuckDb));
    }

    [Fact]
    public void A_stored_watermark_reads_back_as_it_was_written()
    {
        var time = Watermark.OfTime(new DateTime(2024, 4, 15, 16, 30, 0, 123).AddTicks(4567));
        var version = Watermark.OfVersion(ulong.MaxValue);

        Assert.Equal(time, Watermark.Parse(WatermarkType.Timestamp, time.ToString()));
        Assert.Equal(version, Watermark.Parse(WatermarkType.RowVersion, version.ToString()));
    }
}
