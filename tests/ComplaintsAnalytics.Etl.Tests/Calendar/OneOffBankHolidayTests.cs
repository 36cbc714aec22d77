using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class OneOffBankHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void The_early_May_holiday_2020_moved_to_VE_day_so_4_May_2020_is_a_working_day()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2020, 5, 4)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2020, 5, 8)));
    }

    [Fact]
    public void A_complaint_received_on_7_May_2020_counts_from_11_May_after_VE_day()
    {
        Assert.Equal(new DateOnly(2020, 5, 11), Calendar.AddWorkingDays(new DateOnly(2020, 5, 7), 1));
        Assert.Equal(new DateOnly(2020, 5, 5), Calendar.AddWorkingDays(new DateOnly(2020, 5, 4), 1));
        Assert.Equal(new DateOnly(2020, 5, 18), Calendar.AddWorkingDays(new DateOnly(2020, 5, 1), 10));
    }

    [Fact]
    public void The_Platinum_Jubilee_pair_2_and_3_June_2022_are_both_skipped()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2022, 5, 30)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2022, 6, 2)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2022, 6, 3)));
        Assert.Equal(new DateOnly(2022, 6, 6), Calendar.AddWorkingDays(new DateOnly(2022, 6, 1), 1));
        Assert.Equal(new DateOnly(2022, 6, 17), Calendar.AddWorkingDays(new DateOnly(2022, 6, 1), 10));
    }

    [Fact]
    public void The_State_Funeral_of_Queen_Elizabeth_II_on_19_September_2022_is_skipped()
    {
        Assert.Equal(new DateOnly(2022, 9, 20), Calendar.AddWorkingDays(new DateOnly(2022, 9, 16), 1));
        Assert.Equal(new DateOnly(2022, 10, 3), Calendar.AddWorkingDays(new DateOnly(2022, 9, 16), 10));
    }

    [Fact]
    public void The_Coronation_of_King_Charles_III_on_8_May_2023_is_skipped()
    {
        Assert.Equal(new DateOnly(2023, 5, 9), Calendar.AddWorkingDays(new DateOnly(2023, 5, 5), 1));
        Assert.Equal(new DateOnly(2023, 5, 22), Calendar.AddWorkingDays(new DateOnly(2023, 5, 5), 10));
    }

    [Theory]
    [InlineData("2020-05-08", "Early May bank holiday (VE day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    public void One_off_days_carry_their_published_names(string date, string name)
    {
        Assert.Equal(name, Calendar.BankHolidayName(Day.Iso(date)));
    }
}
