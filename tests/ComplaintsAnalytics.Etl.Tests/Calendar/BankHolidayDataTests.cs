using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class BankHolidayDataTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void The_embedded_calendar_covers_2015_to_2030()
    {
        Assert.Equal(new DateOnly(2015, 1, 1), Calendar.CoverageStart);
        Assert.Equal(new DateOnly(2030, 12, 31), Calendar.CoverageEnd);
    }

    [Theory]
    [InlineData(2015, 8)]
    [InlineData(2016, 8)]
    [InlineData(2017, 8)]
    [InlineData(2018, 8)]
    [InlineData(2019, 8)]
    [InlineData(2020, 8)]
    [InlineData(2021, 8)]
    [InlineData(2022, 10)]
    [InlineData(2023, 9)]
    [InlineData(2024, 8)]
    [InlineData(2025, 8)]
    [InlineData(2026, 8)]
    [InlineData(2027, 8)]
    [InlineData(2028, 8)]
    [InlineData(2029, 8)]
    [InlineData(2030, 8)]
    public void Each_year_has_its_published_number_of_bank_holidays(int year, int count)
    {
        Assert.Equal(count, Calendar.BankHolidays.Count(h => h.Date.Year == year));
    }

    [Fact]
    public void The_ten_bank_holidays_of_2022_include_the_jubilee_and_the_state_funeral()
    {
        DateOnly[] expected =
        [
            new(2022, 1, 3), new(2022, 4, 15), new(2022, 4, 18), new(2022, 5, 2), new(2022, 6, 2),
            new(2022, 6, 3), new(2022, 8, 29), new(2022, 9, 19), new(2022, 12, 26), new(2022, 12, 27),
        ];
        Assert.Equal(expected, Calendar.BankHolidays.Where(h => h.Date.Year == 2022).Select(h => h.Date));
    }

    [Theory]
    [InlineData("2015-12-28", "Boxing Day (substitute day)")]
    [InlineData("2016-12-27", "Christmas Day (substitute day)")]
    [InlineData("2017-01-02", "New Year's Day (substitute day)")]
    [InlineData("2020-12-28", "Boxing Day (substitute day)")]
    [InlineData("2021-12-27", "Christmas Day (substitute day)")]
    [InlineData("2021-12-28", "Boxing Day (substitute day)")]
    [InlineData("2022-01-03", "New Year's Day (substitute day)")]
    [InlineData("2022-12-27", "Christmas Day (substitute day)")]
    [InlineData("2023-01-02", "New Year's Day (substitute day)")]
    [InlineData("2026-12-28", "Boxing Day (substitute day)")]
    [InlineData("2027-12-27", "Christmas Day (substitute day)")]
    [InlineData("2027-12-28", "Boxing Day (substitute day)")]
    [InlineData("2028-01-03", "New Year's Day (substitute day)")]
    public void Substitute_days_are_bank_holidays(string date, string name)
    {
        Assert.True(Calendar.IsBankHoliday(Day.Iso(date)));
        Assert.Equal(name, Calendar.BankHolidayName(Day.Iso(date)));
    }

    [Fact]
    public void No_bank_holiday_falls_at_a_weekend_because_substitute_days_replace_them()
    {
        Assert.All(Calendar.BankHolidays, h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), h.Date.ToString()));
    }

    [Fact]
    public void Bank_holidays_are_listed_in_date_order_without_repeats()
    {
        var dates = Calendar.BankHolidays.Select(h => h.Date).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(dates.Count, dates.Distinct().Count());
    }

    [Fact]
    public void Weekends_and_bank_holidays_are_not_working_days()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2024, 5, 7)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2024, 5, 6)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2024, 5, 4)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2024, 5, 5)));
        Assert.False(Calendar.IsBankHoliday(new DateOnly(2024, 5, 4)));
        Assert.Null(Calendar.BankHolidayName(new DateOnly(2024, 5, 7)));
    }

    [Fact]
    public void New_Years_Day_2015_at_the_start_of_coverage_is_not_a_working_day()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2015, 1, 1)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2015, 1, 2)));
        Assert.Equal(new DateOnly(2015, 1, 2), Calendar.AddWorkingDays(new DateOnly(2015, 1, 1), 1));
    }
}
