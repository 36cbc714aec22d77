using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class WeekendAndBankHolidayReceiptTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void A_complaint_received_on_a_Saturday_has_the_Monday_as_working_day_1()
    {
        Assert.Equal(new DateOnly(2023, 6, 5), Calendar.AddWorkingDays(new DateOnly(2023, 6, 3), 1));
        Assert.Equal(new DateOnly(2023, 6, 16), Calendar.AddWorkingDays(new DateOnly(2023, 6, 3), 10));
    }

    [Fact]
    public void A_complaint_received_on_a_Sunday_counts_the_same_as_one_received_on_the_Saturday()
    {
        Assert.Equal(
            Calendar.AddWorkingDays(new DateOnly(2023, 6, 3), 10),
            Calendar.AddWorkingDays(new DateOnly(2023, 6, 4), 10));
    }

    [Fact]
    public void A_complaint_received_on_a_working_day_does_not_count_that_day()
    {
        Assert.Equal(new DateOnly(2023, 3, 2), Calendar.AddWorkingDays(new DateOnly(2023, 3, 1), 1));
        Assert.Equal(new DateOnly(2023, 3, 15), Calendar.AddWorkingDays(new DateOnly(2023, 3, 1), 10));
    }

    [Fact]
    public void A_complaint_received_on_the_spring_bank_holiday_2025_has_the_Tuesday_as_working_day_1()
    {
        Assert.Equal(new DateOnly(2025, 5, 27), Calendar.AddWorkingDays(new DateOnly(2025, 5, 26), 1));
        Assert.Equal(new DateOnly(2025, 6, 9), Calendar.AddWorkingDays(new DateOnly(2025, 5, 26), 10));
    }

    [Fact]
    public void A_complaint_received_on_the_Saturday_of_a_bank_holiday_weekend_counts_from_the_Tuesday()
    {
        Assert.Equal(new DateOnly(2024, 8, 27), Calendar.AddWorkingDays(new DateOnly(2024, 8, 24), 1));
    }

    [Fact]
    public void Adding_no_working_days_gives_the_day_of_receipt()
    {
        Assert.Equal(new DateOnly(2023, 6, 3), Calendar.AddWorkingDays(new DateOnly(2023, 6, 3), 0));
    }

    [Fact]
    public void Adding_negative_working_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2023, 6, 3), -1));
    }
}
