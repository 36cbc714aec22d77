namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// Redacted free text and how many items of each kind were replaced. Counts are the tokens in
/// <paramref name="Text"/>: consecutive names collapsed into one <c>[NAME]</c> count once.
/// </summary>
/// <param name="Text">The text with personal data replaced by tokens; null when the input was null.</param>
/// <param name="Names">Number of <c>[NAME]</c> tokens.</param>
/// <param name="Emails">Number of <c>[EMAIL]</c> tokens.</param>
/// <param name="Phones">Number of <c>[PHONE]</c> tokens.</param>
/// <param name="Dates">Number of <c>[DATE]</c> tokens.</param>
/// <param name="Postcodes">Number of <c>[POSTCODE]</c> tokens.</param>
/// <param name="Addresses">Number of <c>[ADDRESS]</c> tokens.</param>
/// <param name="NiNumbers">Number of <c>[NI_NUMBER]</c> tokens (National Insurance numbers).</param>
/// <param name="NhsNumbers">Number of <c>[NHS_NUMBER]</c> tokens.</param>
/// <param name="CaseNumbers">Number of <c>[CASE_NUMBER]</c> tokens (case and complaint references).</param>
public readonly record struct RedactionResult(
    string? Text, int Names, int Emails, int Phones, int Dates, int Postcodes, int Addresses,
    int NiNumbers = 0, int NhsNumbers = 0, int CaseNumbers = 0)
{
    /// <summary>All replacements made.</summary>
    public int Total => Names + Emails + Phones + Dates + Postcodes + Addresses + NiNumbers + NhsNumbers + CaseNumbers;
}
