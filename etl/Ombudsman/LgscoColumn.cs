namespace ComplaintsAnalytics.Etl.Ombudsman;

/// <summary>What a column of the Ombudsman's annual review data holds.</summary>
public enum LgscoColumn
{
    Authority,
    AuthorityType,
    LaCode,
    Year,
    Category,
    ComplaintsReceived,
    DecisionsMade,
    DetailedInvestigations,
    Upheld,
    UpholdRate,
    SatisfactoryRemedy,
    ComplianceRate,
}
