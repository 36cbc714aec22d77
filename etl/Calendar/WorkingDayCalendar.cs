namespace ComplaintsAnalytics.Etl.Calendar;

/// <summary>
/// Working days for complaint timescales: Monday to Friday except bank holidays, over the years the
/// bank-holiday data covers. Lookups are array reads because the ETL counts deadlines for millions of rows.
/// </summary>
public sealed class WorkingDayCalendar
{
    /// <summary>Logical name of the embedded England and Wales bank-holiday file.</summary>
    public const string EnglandAndWalesResourceName = "calendar/bank-holidays-england-and-wales.csv";

    private static readonly Lazy<WorkingDayCalendar> LazyEnglandAndWales = new(LoadEnglandAndWales);

    private readonly int _startDayNumber;
    private readonly Dictionary<DateOnly, string> _names;
    private readonly bool[] _isBankHoliday;

    // _workingDaysToDate[i] = working days from CoverageStart up to and including day i.
    private readonly int[] _workingDaysToDate;

    // _workingDayIndex[k] = day index of the (k+1)th working day in the coverage.
    private readonly int[] _workingDayIndex;

    private WorkingDayCalendar(List<BankHoliday> holidays)
    {
        BankHolidays = holidays.AsReadOnly();
        CoverageStart = new DateOnly(holidays[0].Date.Year, 1, 1);
        CoverageEnd = new DateOnly(holidays[^1].Date.Year, 12, 31);
        _startDayNumber = CoverageStart.DayNumber;
        _names = holidays.ToDictionary(h => h.Date, h => h.Name);

        int days = CoverageEnd.DayNumber - _startDayNumber + 1;
        _isBankHoliday = new bool[days];
        foreach (var holiday in holidays)
        {
            _isBankHoliday[holiday.Date.DayNumber - _startDayNumber] = true;
        }

        _workingDaysToDate = new int[days];
        var workingDayIndex = new List<int>(days);
        int count = 0;
        for (int i = 0; i < days; i++)
        {
            var day = CoverageStart.AddDays(i).DayOfWeek;
            if (day is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_isBankHoliday[i])
            {
                count++;
                workingDayIndex.Add(i);
            }

            _workingDaysToDate[i] = count;
        }

        _workingDayIndex = [.. workingDayIndex];
    }

    /// <summary>England and Wales, loaded once from the bank-holiday file embedded in this assembly.</summary>
    public static WorkingDayCalendar EnglandAndWales => LazyEnglandAndWales.Value;

    /// <summary>1 January of the first year in the bank-holiday data.</summary>
    public DateOnly CoverageStart { get; }

    /// <summary>31 December of the last year in the bank-holiday data.</summary>
    public DateOnly CoverageEnd { get; }

    /// <summary>Every bank holiday in the data, in date order.</summary>
    public IReadOnlyList<BankHoliday> BankHolidays { get; }

    /// <summary>Builds a calendar from a <c>date,name</c> CSV with ISO dates.</summary>
    /// <exception cref="InvalidDataException">The file is malformed, repeats a date or skips a year.</exception>
    public static WorkingDayCalendar FromCsv(TextReader reader) => new(BankHolidayCsv.Read(reader));

    /// <summary>Whether <paramref name="date"/> lies inside the calendar's coverage.</summary>
    public bool Covers(DateOnly date) => date >= CoverageStart && date <= CoverageEnd;

    /// <summary>Whether <paramref name="date"/> is a bank holiday.</summary>
    /// <exception cref="CalendarCoverageException">The date is outside the coverage.</exception>
    public bool IsBankHoliday(DateOnly date) => _isBankHoliday[IndexOf(date)];

    /// <summary>The bank holiday's name, or null when <paramref name="date"/> is not one.</summary>
    /// <exception cref="CalendarCoverageException">The date is outside the coverage.</exception>
    public string? BankHolidayName(DateOnly date)
    {
        IndexOf(date);
        return _names.GetValueOrDefault(date);
    }

    /// <summary>Whether <paramref name="date"/> is a working day: not a Saturday, Sunday or bank holiday.</summary>
    /// <exception cref="CalendarCoverageException">The date is outside the coverage.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        int i = IndexOf(date);
        return i == 0 ? _workingDaysToDate[0] == 1 : _workingDaysToDate[i] != _workingDaysToDate[i - 1];
    }

    /// <summary>
    /// The <paramref name="workingDays"/>th working day after the day of receipt. The day of receipt never
    /// counts, even when it is a working day; for a complaint received at a weekend or on a bank holiday,
    /// day 1 is the next working day. Zero working days gives the day of receipt itself.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    /// <exception cref="CalendarCoverageException">The receipt date or the result is outside the coverage.</exception>
    public DateOnly AddWorkingDays(DateOnly dayOfReceipt, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        int received = IndexOf(dayOfReceipt);
        if (workingDays == 0)
        {
            return dayOfReceipt;
        }

        // The working days up to receipt are already spent; the target is the next Nth one.
        long target = (long)_workingDaysToDate[received] + workingDays - 1;
        if (target >= _workingDayIndex.Length)
        {
            throw new CalendarCoverageException(
                $"The working-day calendar covers {CalendarCoverageException.Iso(CoverageStart)} to "
                + $"{CalendarCoverageException.Iso(CoverageEnd)}; the date {workingDays} working days after "
                + $"{CalendarCoverageException.Iso(dayOfReceipt)} is outside it.",
                dayOfReceipt,
                CoverageStart,
                CoverageEnd);
        }

        return DateOnly.FromDayNumber(_startDayNumber + _workingDayIndex[target]);
    }

    /// <summary>
    /// Working days after the day of receipt, up to and including the response date: 0 for a same-day
    /// response or one on the non-working days straight after receipt.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="responded"/> is before <paramref name="dayOfReceipt"/>.</exception>
    /// <exception cref="CalendarCoverageException">Either date is outside the coverage.</exception>
    public int WorkingDaysBetween(DateOnly dayOfReceipt, DateOnly responded)
    {
        if (responded < dayOfReceipt)
        {
            throw new ArgumentException(
                $"The response date {CalendarCoverageException.Iso(responded)} is before the date of receipt "
                + $"{CalendarCoverageException.Iso(dayOfReceipt)}.",
                nameof(responded));
        }

        return _workingDaysToDate[IndexOf(responded)] - _workingDaysToDate[IndexOf(dayOfReceipt)];
    }

    private int IndexOf(DateOnly date)
    {
        int i = date.DayNumber - _startDayNumber;
        if ((uint)i >= (uint)_workingDaysToDate.Length)
        {
            throw new CalendarCoverageException(date, CoverageStart, CoverageEnd);
        }

        return i;
    }

    private static WorkingDayCalendar LoadEnglandAndWales()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(EnglandAndWalesResourceName)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{EnglandAndWalesResourceName}' is missing from the ETL assembly.");
        using var reader = new StreamReader(stream);
        return FromCsv(reader);
    }
}
