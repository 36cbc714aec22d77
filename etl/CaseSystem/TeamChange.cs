namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>A team rename or merge: from <see cref="From"/> the team reports as <see cref="ReportingTeam"/>.</summary>
public sealed class TeamChange
{
    public string ReportingTeam { get; set; } = string.Empty;

    /// <summary>When the change took effect; null means it has always reported this way.</summary>
    public DateOnly? From { get; set; }
}
