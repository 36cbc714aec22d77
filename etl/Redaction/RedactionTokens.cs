namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// The placeholders that replace personal data, in the form (<c>[NAME]</c>, <c>[EMAIL]</c> ...).
/// The theme classifier is trained on text containing them (its featuriser reads them case-blind, so
/// text redacted before they became upper case still reads the same); do not rename them.
/// </summary>
public static class RedactionTokens
{
    public const string Name = "[NAME]";
    public const string Email = "[EMAIL]";
    public const string Phone = "[PHONE]";
    public const string Date = "[DATE]";
    public const string Postcode = "[POSTCODE]";
    public const string Address = "[ADDRESS]";
    public const string NiNumber = "[NI_NUMBER]";
    public const string NhsNumber = "[NHS_NUMBER]";
    public const string CaseNumber = "[CASE_NUMBER]";

    /// <summary>Every placeholder, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Name, Email, Phone, Date, Postcode, Address, NiNumber, NhsNumber, CaseNumber];
}
