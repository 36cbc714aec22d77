using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>How many records of one kind Northbrook receives a year, and how that moves over the three years.</summary>
internal sealed record RecordPlan(string Kind, RecordType Type, Procedure Procedure, int PerYear, IReadOnlyList<double> Trend)
{
    /// <summary>Per year, roughly the proportions the published reports in domain.md show.</summary>
    public static IReadOnlyList<RecordPlan> All { get; } =
    [
        new("statutory", RecordType.Complaint, Procedure.Statutory, 135, [1.06, 1.0, 0.97]),
        new("corporate", RecordType.Complaint, Procedure.Corporate, 320, [0.9, 1.0, 1.1]),
        new("rejected", RecordType.Complaint, Procedure.None, 45, [1.0, 1.0, 1.0]),
        new("compliment", RecordType.Compliment, Procedure.None, 280, [0.95, 1.0, 1.04]),
        new("mp", RecordType.MpEnquiry, Procedure.None, 185, [0.9, 1.0, 1.08]),
        new("member", RecordType.MemberEnquiry, Procedure.None, 150, [1.06, 1.0, 0.94]),
        new("enquiry", RecordType.Enquiry, Procedure.None, 250, [1.0, 1.0, 1.0]),
        new("duty", RecordType.DutyMatter, Procedure.None, 30, [1.0, 1.0, 1.0]),
        new("informal", RecordType.InformalRepresentation, Procedure.None, 10, [1.0, 1.0, 1.0]),
        new("comment", RecordType.Comment, Procedure.None, 20, [1.0, 1.0, 1.0]),
    ];

    public int CountFor(int yearIndex, Random random) =>
        (int)Math.Round(PerYear * Trend[yearIndex] * (0.95 + (random.NextDouble() * 0.1)));
}
