using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>
/// Outcomes and compensation. Statutory stage 1 comes out about 21% upheld, 42% partly upheld,
/// 29% not upheld and 8% withdrawn, as Council B's 2023/24 report.
/// </summary>
internal sealed class OutcomePicker(Random random)
{
    private static readonly (decimal Item, double Weight)[] Amounts =
    [
        (50m, 10), (75m, 6), (100m, 12), (150m, 8), (200m, 8), (250m, 10), (300m, 6), (350m, 4), (400m, 4),
        (500m, 6), (750m, 3), (1000m, 2), (1250m, 1), (1500m, 1),
    ];

    public static double WithdrawnShare(Procedure procedure, int stage) => (procedure, stage) switch
    {
        (_, 1) => 0.08,
        (Procedure.Statutory, 2) => 0.03,
        (Procedure.Corporate, 2) => 0.02,
        _ => 0,
    };

    public Outcome Decided(Procedure procedure, int stage) => (procedure, stage) switch
    {
        (Procedure.Statutory, 1) => random.Weighted<Outcome>([(Outcome.Upheld, 21), (Outcome.PartlyUpheld, 42), (Outcome.NotUpheld, 29)]),
        (Procedure.Corporate, 1) => random.Weighted<Outcome>([(Outcome.Upheld, 18), (Outcome.PartlyUpheld, 36), (Outcome.NotUpheld, 38)]),
        (Procedure.Statutory, 2) => random.Weighted<Outcome>([(Outcome.Upheld, 25), (Outcome.PartlyUpheld, 45), (Outcome.NotUpheld, 27)]),
        (Procedure.Statutory, 3) => random.Weighted<Outcome>([(Outcome.Upheld, 20), (Outcome.PartlyUpheld, 35), (Outcome.NotUpheld, 45)]),
        _ => random.Weighted<Outcome>([(Outcome.Upheld, 20), (Outcome.PartlyUpheld, 38), (Outcome.NotUpheld, 40)]),
    };

    public decimal? Compensation(Outcome outcome, int stage)
    {
        var share = (outcome, stage) switch
        {
            (Outcome.Upheld, 1) => 0.12,
            (Outcome.Upheld, _) => 0.45,
            (Outcome.PartlyUpheld, 1) => 0.04,
            (Outcome.PartlyUpheld, _) => 0.2,
            _ => 0,
        };
        return random.Chance(share) ? random.Weighted(Amounts) : null;
    }

    /// <summary>The chance a decided complaint goes to the next stage.</summary>
    public static double EscalationShare(Procedure procedure, int stage, Outcome outcome)
    {
        var baseShare = (procedure, stage) switch
        {
            (Procedure.Statutory, 1) => 0.10,
            (Procedure.Corporate, 1) => 0.125,
            (Procedure.Statutory, 2) => 0.45,
            _ => 0,
        };
        var weight = outcome switch
        {
            Outcome.NotUpheld => 1.5,
            Outcome.PartlyUpheld => 1.0,
            Outcome.Upheld => 0.35,
            _ => 0,
        };
        return baseShare * weight;
    }
}
