namespace ComplaintsAnalytics.Etl.Calendar;

/// <summary>
/// Reads a complaint stage against its timescale in working days. "Within timescale" is judged against
/// the agreed, possibly extended, deadline, as the annual report counts it.
/// </summary>
public sealed class StatutoryClock
{
    private readonly WorkingDayCalendar _calendar;
    private readonly TimescaleSettings _timescales;

    /// <summary>Creates a clock over a working-day calendar and the stage timescales.</summary>
    public StatutoryClock(WorkingDayCalendar calendar, TimescaleSettings timescales)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(timescales);
        _calendar = calendar;
        _timescales = timescales;
    }

    /// <summary>Measures one stage of one complaint.</summary>
    /// <param name="procedure"><c>statutory</c> or <c>corporate</c>.</param>
    /// <param name="stage">The stage number, from 1.</param>
    /// <param name="received">The day the stage started (receipt or escalation request).</param>
    /// <param name="extendedDueDate">The due date agreed with the complainant, if any.</param>
    /// <param name="responded">The response date; null while the stage is open.</param>
    /// <param name="clockPausedDays">Working days the clock was paused (for example during mediation); they push the deadline back.</param>
    /// <param name="asOf">The day an open stage is judged on.</param>
    /// <exception cref="ArgumentException">No timescale is set for the procedure and stage, or the response is before receipt.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clockPausedDays"/> is negative.</exception>
    /// <exception cref="CalendarCoverageException">A date to count from or to is outside the calendar.</exception>
    public ClockReading Read(
        string procedure,
        int stage,
        DateOnly received,
        DateOnly? extendedDueDate,
        DateOnly? responded,
        int clockPausedDays,
        DateOnly asOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(clockPausedDays);
        var timescale = _timescales.Find(procedure, stage)
            ?? throw new ArgumentException($"No timescale is set for {procedure} stage {stage}.", nameof(procedure));

        var baseDeadline = _calendar.AddWorkingDays(received, timescale.BaseWorkingDays + clockPausedDays);
        bool extended = extendedDueDate > baseDeadline;
        var deadline = extended ? extendedDueDate!.Value : baseDeadline;
        bool beyondMaximum = extended
            && deadline > _calendar.AddWorkingDays(received, timescale.MaxWorkingDays + clockPausedDays);

        if (responded is not { } respondedOn)
        {
            var openStatus = asOf > deadline ? ClockStatus.OpenOverdue : ClockStatus.OpenInTime;
            return new ClockReading(deadline, baseDeadline, extended, beyondMaximum, null, null, openStatus);
        }

        int taken = Math.Max(0, _calendar.WorkingDaysBetween(received, respondedOn) - clockPausedDays);
        bool inTime = respondedOn <= deadline;
        var status = inTime ? ClockStatus.RespondedInTime : ClockStatus.RespondedLate;
        return new ClockReading(deadline, baseDeadline, extended, beyondMaximum, taken, inTime, status);
    }
}
