using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>The words the warehouse stores for a <see cref="ClockStatus"/>, as councils print them.</summary>
public static class ClockStatusText
{
    public static string Of(ClockStatus status) => status switch
    {
        ClockStatus.RespondedInTime => "responded, in time",
        ClockStatus.RespondedLate => "responded, late",
        ClockStatus.OpenInTime => "open, in time",
        ClockStatus.OpenOverdue => "open, overdue",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
