using System.Buffers;
using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// E-mail addresses, UK phone numbers, dates, UK postcodes and street addresses, found in one pass by
/// one source-generated regex. Alternatives are tried in that order at each position.
/// </summary>
internal static partial class StructuredPatterns
{
    private const string Email = @"(?<![\w.%+'-])[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+";

    private const string Month =
        "(?:(?:[Jj]anuary|[Ff]ebruary|March|April|May|June|July|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)"
        + @"\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)";

    private const string Year = @"(?:\d{4}|['’]\d{2})\b";

    private const string Date =
        @"\b(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b"
        + @"|\b\d{1,2}(?:st|nd|rd|th)?(?:[ ]+of)?[ ]+" + Month + @"(?:,?[ ]+" + Year + ")?"
        + @"|\b" + Month + @"[ ]+\d{1,2}(?:(?:st|nd|rd|th)(?:,?[ ]+" + Year + @")?|,?[ ]+" + Year + @")\b";

    private const string Phone =
        @"(?<![\w+])(?:(?:\+|00)44[ ]?(?:\(0\)[ ]?)?|\(?0)[1-9](?:\)?[ -]?\d){8,9}(?!\d)";

    private const string Postcode =
        @"(?i:\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d(?!(?-i:st|nd|rd|th)\b)[ABD-HJLNP-UW-Z]{2}\b)";

    private const string StreetSuffix =
        "(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Way|Court|Crescent|Cres|Gardens|Gdns|Place|Terrace"
        + "|Grove|View|Walk|Rise|Hill|Square|Sq|Mews|Row|Parade|Park|Green|Vale|Gate|Yard|Croft|Fold|Chase"
        + "|Meadows?|Heights|Parkway|Wharf|Quay|Boulevard|Wynd)";

    private const string Address =
        @"\b(?:(?:Flat|Apartment|Apt|Unit)\.?[ ]?\d{1,4}[A-Za-z]?,?[ ]+)?\d{1,4}[A-Za-z]?,?[ ]+"
        + @"(?!(?:Family|Crown|County|Magistrates|Youth)[ ]+Court\b)"
        + @"(?:[A-Z][\w'’-]*[ ]+){1,3}" + StreetSuffix + @"\b\.?";

    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789@");

    private static readonly int EmailGroup = All().GroupNumberFromName("email");
    private static readonly int DateGroup = All().GroupNumberFromName("date");
    private static readonly int PhoneGroup = All().GroupNumberFromName("phone");
    private static readonly int PostcodeGroup = All().GroupNumberFromName("postcode");

    /// <summary>False when the text cannot hold any structured item: every one needs a digit or an @.</summary>
    public static bool MayContainAny(ReadOnlySpan<char> text) => text.IndexOfAny(Triggers) >= 0;

    /// <summary>What a match of <see cref="All"/> is.</summary>
    public static RedactionKind KindOf(Match match)
    {
        var groups = match.Groups;
        if (groups[EmailGroup].Success)
        {
            return RedactionKind.Email;
        }

        if (groups[DateGroup].Success)
        {
            return RedactionKind.Date;
        }

        if (groups[PhoneGroup].Success)
        {
            return RedactionKind.Phone;
        }

        return groups[PostcodeGroup].Success ? RedactionKind.Postcode : RedactionKind.Address;
    }

    [GeneratedRegex(
        "(?<email>" + Email + ")|(?<date>" + Date + ")|(?<phone>" + Phone + ")|(?<postcode>" + Postcode + ")|(?<address>" + Address + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex All();
}
