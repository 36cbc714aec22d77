namespace ComplaintsAnalytics.DemoData.Export;

/// <summary>The iCasework-style headers of Northbrook's export, in column order.</summary>
internal static class ExportColumns
{
    public const int CaseId = 0;
    public const int Type = 1;
    public const int Procedure = 2;
    public const int Stage = 3;
    public const int DateReceived = 4;
    public const int ExtendedTargetDate = 5;
    public const int DateResponded = 6;
    public const int Service = 7;
    public const int Team = 8;
    public const int Complainant = 9;
    public const int AdvocateInvolved = 10;
    public const int HowReceived = 11;
    public const int Category = 12;
    public const int Details = 13;
    public const int Outcome = 14;
    public const int Escalated = 15;
    public const int Compensation = 16;
    public const int RejectionReason = 17;
    public const int Learning = 18;

    public static IReadOnlyList<string> Headers { get; } =
    [
        "Case ID", "Type", "Procedure", "Stage", "Date Received", "Extended Target Date", "Date Responded", "Service", "Team",
        "Complainant", "Advocate Involved", "How Received", "Category", "Details", "Outcome", "Escalated?", "Compensation (£)",
        "Rejection Reason", "Learning/Actions",
    ];

    /// <summary>Column widths in characters, so the workbook is readable when opened.</summary>
    public static IReadOnlyList<double> Widths { get; } = [12, 14, 12, 8, 16, 14, 14, 22, 36, 18, 10, 14, 28, 90, 16, 10, 14, 36, 60];
}
