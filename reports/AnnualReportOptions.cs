namespace ComplaintsAnalytics.Reports;

/// <summary>Settings of the annual report, section <c>AnnualReport</c>.</summary>
public sealed class AnnualReportOptions
{
    public const string SectionName = "AnnualReport";

    /// <summary>
    /// Show counts from 1 to 4 as "fewer than 5" in the tables by team and by complainant type (true). Set
    /// false only for internal drafts: the document then says on every page that it must not be published.
    /// </summary>
    public bool SuppressSmallNumbers { get; set; } = true;
}
