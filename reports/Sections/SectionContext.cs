using ComplaintsAnalytics.Reports.Data;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>What every section is built from: the marts, the scope, and whether small numbers are suppressed.</summary>
internal sealed record SectionContext(AnnualMarts Marts, ReportScope Scope, bool Suppress)
{
    public string Period => Scope.Period;

    public string? PreviousYear => Scope.PreviousYear;
}
