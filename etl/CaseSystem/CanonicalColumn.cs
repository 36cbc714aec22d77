namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>The canonical case-export columns (docs/case-import-format.md), in a fixed order used as indexes.</summary>
public static class CanonicalColumn
{
    public const int CaseReference = 0;
    public const int RecordType = 1;
    public const int Procedure = 2;
    public const int Stage = 3;
    public const int ReceivedDate = 4;
    public const int ExtendedDueDate = 5;
    public const int RespondedDate = 6;
    public const int ServiceArea = 7;
    public const int Team = 8;
    public const int ComplainantType = 9;
    public const int Advocate = 10;
    public const int ReceiptMethod = 11;
    public const int Category = 12;
    public const int Summary = 13;
    public const int Outcome = 14;
    public const int Escalated = 15;
    public const int Compensation = 16;
    public const int LaCode = 17;
    public const int RejectionReason = 18;
    public const int Learning = 19;
    public const int ClockPausedDays = 20;

    /// <summary>Canonical names by index.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "case_reference", "record_type", "procedure", "stage", "received_date", "extended_due_date",
        "responded_date", "service_area", "team", "complainant_type", "advocate", "receipt_method",
        "category", "summary", "outcome", "escalated", "compensation", "la_code",
        "rejection_reason", "learning", "clock_paused_days",
    ];

    /// <summary>The first 18 columns are the canonical export; the rest are optional extras.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        "case_reference", "record_type", "procedure", "stage", "received_date", "extended_due_date",
        "responded_date", "service_area", "team", "complainant_type", "advocate", "receipt_method",
        "category", "summary", "outcome", "escalated", "compensation", "la_code",
    ];

    public static int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
