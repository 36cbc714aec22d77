namespace ComplaintsAnalytics.Etl.Calendar;

/// <summary>A complaint stage measured against its statutory or corporate timescale.</summary>
/// <param name="DeadlineDate">The deadline that counts: the extended due date when extended, else the base deadline.</param>
/// <param name="BaseDeadlineDate">The base timescale (plus paused days) counted in working days from receipt.</param>
/// <param name="Extended">An extended due date was agreed and is later than the base deadline.</param>
/// <param name="ExtendedBeyondMaximum">The extended due date is later than the maximum timescale allows.</param>
/// <param name="WorkingDaysTaken">Working days to the response less paused days; null while open.</param>
/// <param name="WithinTimescale">Responded by the deadline; null while open.</param>
/// <param name="Status">Responded or open, in time or not.</param>
public sealed record ClockReading(
    DateOnly DeadlineDate,
    DateOnly BaseDeadlineDate,
    bool Extended,
    bool ExtendedBeyondMaximum,
    int? WorkingDaysTaken,
    bool? WithinTimescale,
    ClockStatus Status);
