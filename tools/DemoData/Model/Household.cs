namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>The invented people behind one record: who complained, about which child, and their contact details.</summary>
internal sealed record Household
{
    public required ComplainantType Type { get; init; }

    public required Person Complainant { get; init; }

    /// <summary>The child or young person concerned; for a young person complaining, the complainant.</summary>
    public required Person Child { get; init; }

    public required DateOnly ChildBorn { get; init; }

    /// <summary>The child as the complainant would call them: "son", "granddaughter", "foster son", "pupil".</summary>
    public required string Relation { get; init; }

    /// <summary>How an officer refers to the complainant: "Mum", "Grandmother", "Foster carer", "YP".</summary>
    public required string Descriptor { get; init; }

    public required string Address { get; init; }

    public required string Phone { get; init; }

    public required string Email { get; init; }

    public required string School { get; init; }

    public required string Condition { get; init; }

    public bool IsYoungPerson => Type == ComplainantType.ChildOrYoungPerson;
}
