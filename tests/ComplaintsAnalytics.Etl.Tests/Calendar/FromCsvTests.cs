using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class FromCsvTests
{
    private static WorkingDayCalendar Load(string csv)
    {
        using var reader = new StringReader(csv);
        return WorkingDayCalendar.FromCsv(reader);
    }

    [Fact]
    public void Coverage_runs_from_1_January_of_the_first_year_to_31_December_of_the_last()
    {
        var calendar = Load("date,name\n2024-12-25,Christmas Day\n2023-12-25,Christmas Day\n");
        Assert.Equal(new DateOnly(2023, 1, 1), calendar.CoverageStart);
        Assert.Equal(new DateOnly(2024, 12, 31), calendar.CoverageEnd);
        Assert.Equal(new DateOnly(2023, 12, 25), calendar.BankHolidays[0].Date);
    }

    [Fact]
    public void A_quoted_name_with_a_comma_is_read_whole()
    {
        var calendar = Load("date,name\n2023-05-08,\"Coronation, King Charles III\"\n");
        Assert.Equal("Coronation, King Charles III", calendar.BankHolidayName(new DateOnly(2023, 5, 8)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2023, 5, 8)));
    }

    [Fact]
    public void A_date_not_written_yyyy_mm_dd_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("date,name\n25/12/2023,Christmas Day\n"));
        Assert.Contains("25/12/2023", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_date_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => Load("date,name\n2023-12-25,Christmas Day\n2023-12-25,Christmas Day\n"));
    }

    [Fact]
    public void A_year_missing_in_the_middle_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(
            () => Load("date,name\n2022-12-26,Boxing Day\n2024-12-26,Boxing Day\n"));
        Assert.Contains("2023", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_date_column_or_without_rows_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => Load("day,name\n2023-12-25,Christmas Day\n"));
        Assert.Throws<InvalidDataException>(() => Load("date,name\n"));
    }
}
