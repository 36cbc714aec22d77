using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class WorkingDaysBetweenTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void A_same_day_response_takes_no_working_days()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 1)));
    }

    [Fact]
    public void A_response_on_the_weekend_after_a_Friday_receipt_takes_no_working_days()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2023, 3, 3), new DateOnly(2023, 3, 5)));
        Assert.Equal(1, Calendar.WorkingDaysBetween(new DateOnly(2023, 3, 3), new DateOnly(2023, 3, 6)));
    }

    [Fact]
    public void A_response_on_12_January_2021_to_a_Christmas_Eve_complaint_took_10_working_days()
    {
        Assert.Equal(10, Calendar.WorkingDaysBetween(new DateOnly(2020, 12, 24), new DateOnly(2021, 1, 12)));
        Assert.Equal(9, Calendar.WorkingDaysBetween(new DateOnly(2020, 12, 24), new DateOnly(2021, 1, 11)));
    }

    [Fact]
    public void A_response_dated_before_receipt_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Calendar.WorkingDaysBetween(new DateOnly(2023, 3, 2), new DateOnly(2023, 3, 1)));
    }

    [Fact]
    public void Counting_and_adding_agree_with_a_day_by_day_count_for_every_receipt_date()
    {
        int[] spans = [1, 5, 10, 20, 25, 65];
        for (var received = new DateOnly(2015, 1, 1); received <= new DateOnly(2030, 8, 31); received = received.AddDays(1))
        {
            foreach (int span in spans)
            {
                var due = Calendar.AddWorkingDays(received, span);
                Assert.Equal(NaiveAdd(received, span), due);
                Assert.Equal(span, Calendar.WorkingDaysBetween(received, due));
            }
        }
    }

    private static DateOnly NaiveAdd(DateOnly received, int workingDays)
    {
        var day = received;
        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Calendar.IsBankHoliday(day))
            {
                workingDays--;
            }
        }

        return day;
    }
}
