namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// The tokens that replace personal data. The theme classifier is trained on text containing them,
/// so they must not change.
/// </summary>
public static class RedactionTokens
{
    public const string Name = "[name]";
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Date = "[date]";
    public const string Postcode = "[postcode]";
    public const string Address = "[address]";
}
