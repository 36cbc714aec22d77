using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class CoverageTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void A_receipt_date_before_2015_is_refused_with_a_message_a_data_officer_understands()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => Calendar.AddWorkingDays(new DateOnly(2014, 3, 2), 10));
        Assert.Equal("The working-day calendar covers 2015-01-01 to 2030-12-31; 2014-03-02 is outside it.", error.Message);
        Assert.Equal(new DateOnly(2014, 3, 2), error.Date);
    }

    [Fact]
    public void A_deadline_running_past_2030_is_refused()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => Calendar.AddWorkingDays(new DateOnly(2030, 12, 17), 10));
        Assert.Equal(
            "The working-day calendar covers 2015-01-01 to 2030-12-31; the date 10 working days after 2030-12-17 is outside it.",
            error.Message);
    }

    [Fact]
    public void The_last_working_day_of_2030_can_still_be_reached()
    {
        Assert.Equal(new DateOnly(2030, 12, 31), Calendar.AddWorkingDays(new DateOnly(2030, 12, 30), 1));
    }

    [Fact]
    public void Covers_is_true_from_the_first_to_the_last_day_inclusive()
    {
        Assert.True(Calendar.Covers(new DateOnly(2015, 1, 1)));
        Assert.True(Calendar.Covers(new DateOnly(2030, 12, 31)));
        Assert.False(Calendar.Covers(new DateOnly(2014, 12, 31)));
        Assert.False(Calendar.Covers(new DateOnly(2031, 1, 1)));
    }

    [Fact]
    public void Asking_about_a_day_outside_coverage_is_refused_rather_than_guessed()
    {
        Assert.Throws<CalendarCoverageException>(() => Calendar.IsWorkingDay(new DateOnly(2031, 1, 1)));
        Assert.Throws<CalendarCoverageException>(() => Calendar.IsBankHoliday(new DateOnly(2014, 12, 25)));
        Assert.Throws<CalendarCoverageException>(() => Calendar.BankHolidayName(new DateOnly(2031, 12, 25)));
        Assert.Throws<CalendarCoverageException>(
            () => Calendar.WorkingDaysBetween(new DateOnly(2030, 12, 1), new DateOnly(2031, 1, 5)));
    }
}
