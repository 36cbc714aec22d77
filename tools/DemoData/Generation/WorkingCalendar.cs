namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>Working days in England: weekends and the England and Wales bank holidays of 2022 to 2025 excluded.</summary>
internal static class WorkingCalendar
{
    private static readonly HashSet<DateOnly> BankHolidays =
    [
        new(2022, 1, 3), new(2022, 4, 15), new(2022, 4, 18), new(2022, 5, 2), new(2022, 6, 2), new(2022, 6, 3),
        new(2022, 8, 29), new(2022, 9, 19), new(2022, 12, 26), new(2022, 12, 27),
        new(2023, 1, 2), new(2023, 4, 7), new(2023, 4, 10), new(2023, 5, 1), new(2023, 5, 8), new(2023, 5, 29),
        new(2023, 8, 28), new(2023, 12, 25), new(2023, 12, 26),
        new(2024, 1, 1), new(2024, 3, 29), new(2024, 4, 1), new(2024, 5, 6), new(2024, 5, 27), new(2024, 8, 26),
        new(2024, 12, 25), new(2024, 12, 26),
        new(2025, 1, 1), new(2025, 4, 18), new(2025, 4, 21), new(2025, 5, 5), new(2025, 5, 26), new(2025, 8, 25),
        new(2025, 12, 25), new(2025, 12, 26),
    ];

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !BankHolidays.Contains(date);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/> (the start day itself not counted).</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var date = start;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    public static DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    public static DateOnly OnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
