namespace ComplaintsAnalytics.Etl.Calendar;

/// <summary>Where a complaint stage stands against its deadline.</summary>
public enum ClockStatus
{
    /// <summary>Responded on or before the (possibly extended) deadline.</summary>
    RespondedInTime,

    /// <summary>Responded after the deadline.</summary>
    RespondedLate,

    /// <summary>No response yet and the deadline has not passed.</summary>
    OpenInTime,

    /// <summary>No response yet and the deadline has passed.</summary>
    OpenOverdue,
}
