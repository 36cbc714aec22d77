using ComplaintsAnalytics.Etl.DatabaseSources;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

public sealed class SourceValueTests
{
    [Fact]
    public void Database_values_become_the_values_a_spreadsheet_reader_gives()
    {
        Assert.Equal(1250.5, SourceValues.ToCell(1250.50m));
        Assert.Equal(3.0, SourceValues.ToCell(3));
        Assert.Equal(3.0, SourceValues.ToCell(3L));
        Assert.Equal(3.0, SourceValues.ToCell((short)3));
        Assert.Equal(2.5, SourceValues.ToCell(2.5f));
        Assert.Equal(new DateTime(2024, 4, 15), SourceValues.ToCell(new DateOnly(2024, 4, 15)));
        Assert.Equal(new DateTime(2024, 4, 15, 10, 0, 0), SourceValues.ToCell(new DateTime(2024, 4, 15, 10, 0, 0)));
        Assert.Equal(new DateTime(2024, 4, 15, 10, 0, 0), SourceValues.ToCell(new DateTimeOffset(2024, 4, 15, 10, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal(true, SourceValues.ToCell(true));
        Assert.Equal("CB-1001", SourceValues.ToCell("CB-1001"));
        Assert.Null(SourceValues.ToCell(DBNull.Value));
        Assert.Null(SourceValues.ToCell(null));
    }

    [Fact]
    public void Whole_numbers_too_long_for_a_double_stay_exact_as_text()
    {
        Assert.Equal("9007199254740993", SourceValues.ToCell(9_007_199_254_740_993L));
        Assert.Equal(9_007_199_254_740_992.0, SourceValues.ToCell(9_007_199_254_740_992L));
        Assert.Equal("18446744073709551615", SourceValues.ToCell(ulong.MaxValue));
        Assert.Equal("170141183460469231731687303715884105727", SourceValues.ToCell(System.Numerics.BigInteger.Pow(2, 127) - 1));
    }

    [Fact]
    public void Values_without_a_spreadsheet_type_become_text()
    {
        Assert.Equal("0x0000000000012C00", SourceValues.ToCell(new byte[] { 0, 0, 0, 0, 0, 1, 0x2C, 0 }));
        Assert.Equal("09:30:00", SourceValues.ToCell(new TimeOnly(9, 30)));
        Assert.Equal("5c7a2c41-7f1e-4a2b-9a53-6f7b9c1d2e3f", SourceValues.ToCell(Guid.Parse("5c7a2c41-7f1e-4a2b-9a53-6f7b9c1d2e3f")));
    }
}
