using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class EasterTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2015-04-05")]
    [InlineData("2016-03-27")]
    [InlineData("2017-04-16")]
    [InlineData("2018-04-01")]
    [InlineData("2019-04-21")]
    [InlineData("2020-04-12")]
    [InlineData("2021-04-04")]
    [InlineData("2022-04-17")]
    [InlineData("2023-04-09")]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-20")]
    [InlineData("2026-04-05")]
    [InlineData("2027-03-28")]
    [InlineData("2028-04-16")]
    [InlineData("2029-04-01")]
    [InlineData("2030-04-21")]
    public void Good_Friday_and_Easter_Monday_fall_either_side_of_Easter_Sunday(string easterSunday)
    {
        var easter = Day.Iso(easterSunday);
        Assert.Equal("Good Friday", Calendar.BankHolidayName(easter.AddDays(-2)));
        Assert.Equal("Easter Monday", Calendar.BankHolidayName(easter.AddDays(1)));
        Assert.Null(Calendar.BankHolidayName(easter.AddDays(-3)));
        Assert.Null(Calendar.BankHolidayName(easter.AddDays(2)));
    }

    [Fact]
    public void A_complaint_received_on_the_Thursday_before_Easter_2022_counts_from_the_Tuesday_after()
    {
        Assert.Equal(new DateOnly(2022, 4, 19), Calendar.AddWorkingDays(new DateOnly(2022, 4, 14), 1));
    }

    [Fact]
    public void A_complaint_received_on_the_Thursday_before_Easter_2022_is_due_on_3_May_after_the_early_May_holiday()
    {
        // Good Friday 15 Apr, Easter Monday 18 Apr and the early May bank holiday 2 May are skipped.
        Assert.Equal(new DateOnly(2022, 5, 3), Calendar.AddWorkingDays(new DateOnly(2022, 4, 14), 10));
    }

    [Fact]
    public void A_complaint_received_on_Maundy_Thursday_2024_is_due_on_15_April()
    {
        Assert.Equal(new DateOnly(2024, 4, 2), Calendar.AddWorkingDays(new DateOnly(2024, 3, 28), 1));
        Assert.Equal(new DateOnly(2024, 4, 15), Calendar.AddWorkingDays(new DateOnly(2024, 3, 28), 10));
    }
}
