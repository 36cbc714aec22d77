namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>The kind of personal data a replacement stands for.</summary>
internal enum RedactionKind
{
    Name,
    Email,
    Phone,
    Date,
    Postcode,
    Address,
    NiNumber,
    NhsNumber,
    CaseNumber,
}
