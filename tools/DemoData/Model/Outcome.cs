namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>The outcome of a complaint; <see cref="None"/> while open or for non-complaints.</summary>
internal enum Outcome
{
    None,
    Upheld,
    PartlyUpheld,
    NotUpheld,
    Withdrawn,
    Rejected,
}
