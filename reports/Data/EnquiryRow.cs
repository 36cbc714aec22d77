namespace ComplaintsAnalytics.Reports.Data;

/// <summary>A row of <c>mart.annual_enquiry_responses</c>: one kind of enquiry in one year and how fast it was answered.</summary>
public sealed class EnquiryRow
{
    public required string Year { get; init; }

    public required string RepresentationType { get; init; }

    public required string TypeName { get; init; }

    public int SortOrder { get; init; }

    public long Received { get; init; }

    public long Answered { get; init; }

    public long Within20Days { get; init; }

    public double? Within20DaysPct { get; init; }

    public double? AverageWorkingDays { get; init; }

    public double? PreviousAverageWorkingDays { get; init; }

    public string? Direction { get; init; }
}
