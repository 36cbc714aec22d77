using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class ChristmasAndNewYearTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void A_complaint_received_on_Christmas_Eve_2020_is_due_on_12_January_2021()
    {
        // 25 Dec, 28 Dec (Boxing Day substitute) and 1 Jan are bank holidays.
        Assert.Equal(new DateOnly(2021, 1, 12), Calendar.AddWorkingDays(new DateOnly(2020, 12, 24), 10));
    }

    [Fact]
    public void The_first_working_day_after_Christmas_Eve_2020_is_29_December()
    {
        Assert.Equal(new DateOnly(2020, 12, 29), Calendar.AddWorkingDays(new DateOnly(2020, 12, 24), 1));
    }

    [Fact]
    public void Christmas_2021_on_a_Saturday_makes_27_and_28_December_substitute_days()
    {
        Assert.Equal(new DateOnly(2021, 12, 29), Calendar.AddWorkingDays(new DateOnly(2021, 12, 24), 1));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2021, 12, 27)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2021, 12, 28)));
    }

    [Fact]
    public void A_complaint_received_on_23_December_2021_is_due_on_11_January_2022_after_the_New_Year_substitute_day()
    {
        // 27 and 28 Dec 2021 and 3 Jan 2022 are substitute days.
        Assert.Equal(new DateOnly(2022, 1, 11), Calendar.AddWorkingDays(new DateOnly(2021, 12, 23), 10));
    }

    [Fact]
    public void Christmas_2022_on_a_Sunday_makes_Boxing_Day_26_and_the_Christmas_substitute_27_December()
    {
        Assert.Equal(new DateOnly(2022, 12, 28), Calendar.AddWorkingDays(new DateOnly(2022, 12, 23), 1));
        Assert.Equal(new DateOnly(2023, 1, 11), Calendar.AddWorkingDays(new DateOnly(2022, 12, 23), 10));
    }

    [Fact]
    public void Christmas_2027_on_a_Saturday_pushes_a_stage_1_deadline_from_Christmas_Eve_to_12_January_2028()
    {
        // 27 and 28 Dec 2027 are substitute days and New Year's Day 2028 (a Saturday) moves to 3 Jan.
        Assert.Equal(new DateOnly(2027, 12, 29), Calendar.AddWorkingDays(new DateOnly(2027, 12, 24), 1));
        Assert.Equal(new DateOnly(2028, 1, 12), Calendar.AddWorkingDays(new DateOnly(2027, 12, 24), 10));
    }

    [Fact]
    public void Boxing_Day_2015_on_a_Saturday_moves_to_Monday_28_December()
    {
        Assert.Equal(new DateOnly(2015, 12, 29), Calendar.AddWorkingDays(new DateOnly(2015, 12, 24), 1));
        Assert.Equal(new DateOnly(2016, 1, 12), Calendar.AddWorkingDays(new DateOnly(2015, 12, 24), 10));
    }

    [Fact]
    public void Christmas_2016_on_a_Sunday_and_New_Year_2017_on_a_Sunday_both_have_substitute_days()
    {
        Assert.Equal(new DateOnly(2016, 12, 28), Calendar.AddWorkingDays(new DateOnly(2016, 12, 23), 1));
        Assert.Equal(new DateOnly(2017, 1, 11), Calendar.AddWorkingDays(new DateOnly(2016, 12, 23), 10));
    }

    [Fact]
    public void A_complaint_received_on_Christmas_Day_2023_counts_from_27_December()
    {
        Assert.Equal(new DateOnly(2023, 12, 27), Calendar.AddWorkingDays(new DateOnly(2023, 12, 25), 1));
        Assert.Equal(new DateOnly(2024, 1, 10), Calendar.AddWorkingDays(new DateOnly(2023, 12, 25), 10));
    }

    [Fact]
    public void A_complaint_received_on_the_last_Friday_before_Christmas_2023_is_due_on_10_January_2024()
    {
        Assert.Equal(new DateOnly(2024, 1, 10), Calendar.AddWorkingDays(new DateOnly(2023, 12, 22), 10));
    }
}
