namespace ComplaintsAnalytics.Reports.Data;

/// <summary>A row of <c>mart.annual_complainant_types</c>: new complaints by one kind of complainant in one year.</summary>
public sealed class ComplainantTypeRow
{
    public required string Year { get; init; }

    public required string ComplainantType { get; init; }

    public required string ComplainantTypeName { get; init; }

    public bool IsChild { get; init; }

    public int SortOrder { get; init; }

    public long Complaints { get; init; }

    public long WithAdvocate { get; init; }
}
