using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>
/// Northbrook's response timescales in working days, and how often responses are extended and late.
/// Statutory: stage 1 10 (extendable to 20), stage 2 25 (65), stage 3 50 (panel 30 + report 5 + response 15).
/// Corporate: stage 1 15 (25), stage 2 20 (30).
/// </summary>
internal sealed record Timescale(int Due, int Extended, double ExtendedShare, double LateShare)
{
    public static Timescale For(Procedure procedure, int stage) => (procedure, stage) switch
    {
        (Procedure.Statutory, 1) => new(10, 20, 0.40, 0.25),
        (Procedure.Statutory, 2) => new(25, 65, 0.55, 0.30),
        (Procedure.Statutory, 3) => new(50, 70, 0.20, 0.30),
        (Procedure.Corporate, 1) => new(15, 25, 0.40, 0.25),
        (Procedure.Corporate, 2) => new(20, 30, 0.35, 0.30),
        _ => new(10, 10, 0, 0.30),
    };
}
