namespace ComplaintsAnalytics.Reports.Data;

/// <summary>
/// Whose report and for which year: the council, its name, the financial year reported on, and the years
/// shown beside it (up to <see cref="YearsShown"/>, oldest first, ending with <see cref="Period"/>).
/// </summary>
public sealed record ReportScope(string LaCode, string AuthorityName, string Period, IReadOnlyList<string> Years)
{
    /// <summary>Councils print this year and up to three before it.</summary>
    public const int YearsShown = 4;

    /// <summary>The year before the reported one, if the warehouse holds it.</summary>
    public string? PreviousYear => Years.Count > 1 ? Years[^2] : null;
}
