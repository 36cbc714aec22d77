namespace ComplaintsAnalytics.Reports.Data;

/// <summary>A row of <c>mart.annual_learning</c>: the redacted learning or action recorded on one upheld stage.</summary>
public sealed class LearningRow
{
    public required string Year { get; init; }

    public required string StageLabel { get; init; }

    public required string ServiceArea { get; init; }

    public required string ReportingTeam { get; init; }

    public required string OutcomeName { get; init; }

    public string? Themes { get; init; }

    public DateOnly ReceivedDate { get; init; }

    public required string Learning { get; init; }
}
