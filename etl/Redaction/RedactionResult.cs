namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// Redacted free text and how many items of each kind were replaced. Counts are the tokens in
/// <paramref name="Text"/>: consecutive names collapsed into one <c>[name]</c> count once.
/// </summary>
/// <param name="Text">The text with personal data replaced by tokens; null when the input was null.</param>
/// <param name="Names">Number of <c>[name]</c> tokens.</param>
/// <param name="Emails">Number of <c>[email]</c> tokens.</param>
/// <param name="Phones">Number of <c>[phone]</c> tokens.</param>
/// <param name="Dates">Number of <c>[date]</c> tokens.</param>
/// <param name="Postcodes">Number of <c>[postcode]</c> tokens.</param>
/// <param name="Addresses">Number of <c>[address]</c> tokens.</param>
public readonly record struct RedactionResult(
    string? Text, int Names, int Emails, int Phones, int Dates, int Postcodes, int Addresses)
{
    /// <summary>All replacements made.</summary>
    public int Total => Names + Emails + Phones + Dates + Postcodes + Addresses;
}
