using System.Globalization;

namespace ComplaintsAnalytics.Etl.Calendar;

/// <summary>
/// A date fell outside the years the working-day calendar holds bank holidays for. Thrown rather
/// than guessing, because a deadline counted without that year's bank holidays would be silently wrong.
/// </summary>
public sealed class CalendarCoverageException : Exception
{
    public CalendarCoverageException()
    {
    }

    public CalendarCoverageException(string message)
        : base(message)
    {
    }

    public CalendarCoverageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Reports <paramref name="date"/> as outside the calendar's coverage.</summary>
    public CalendarCoverageException(DateOnly date, DateOnly coverageStart, DateOnly coverageEnd)
        : this(
            $"The working-day calendar covers {Iso(coverageStart)} to {Iso(coverageEnd)}; {Iso(date)} is outside it.",
            date,
            coverageStart,
            coverageEnd)
    {
    }

    /// <summary>Reports a problem about <paramref name="date"/> with a specific message.</summary>
    public CalendarCoverageException(string message, DateOnly date, DateOnly coverageStart, DateOnly coverageEnd)
        : base(message)
    {
        Date = date;
        CoverageStart = coverageStart;
        CoverageEnd = coverageEnd;
    }

    /// <summary>The date that could not be handled, when known.</summary>
    public DateOnly? Date { get; }

    /// <summary>First day the calendar covers, when known.</summary>
    public DateOnly? CoverageStart { get; }

    /// <summary>Last day the calendar covers, when known.</summary>
    public DateOnly? CoverageEnd { get; }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
