namespace ComplaintsAnalytics.Reports;

/// <summary>What was written: the file, council, year, what it holds, and how long it took.</summary>
public sealed record AnnualReportResult(
    string OutputPath, string LaCode, string AuthorityName, string Period, IReadOnlyList<string> Years,
    int Sections, int Tables, int Charts, bool Suppressed, TimeSpan Elapsed);
