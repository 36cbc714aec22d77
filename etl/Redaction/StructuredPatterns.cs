using System.Buffers;
using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// The regexes for e-mail addresses, UK phone numbers, dates, UK postcodes and street addresses.
/// Every item but an e-mail address holds a digit, so <see cref="Numbered"/> only tries to match at a digit,
/// <c>+</c> or <c>(</c>, which the generated code finds with a vectorised search; words in front of the digit
/// (<c>March</c> 3rd, <c>NB</c>3 7QT, <c>Flat</c> 2) are matched by a look-behind that captures <c>lead</c>.
/// </summary>
internal static partial class StructuredPatterns
{
    private const string Email = @"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+";

    private const string Month =
        "(?:(?:[Jj]anuary|[Ff]ebruary|March|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)"
        + @"\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)";

    private const string Year = @"(?:\d{4}|['’]\d{2})\b";

    private const string Date =
        @"\b(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b"
        + @"|\b\d{1,2}(?:st|nd|rd|th)?(?:[ ]+of)?[ ]+" + Month + @"(?:,?[ ]+" + Year + ")?"
        + @"|(?<=(?<lead>\b" + Month + @"[ ]+))\d{1,2}(?:(?:st|nd|rd|th)(?:,?[ ]+" + Year + @")?|,?[ ]+" + Year + @")\b";

    private const string Phone =
        @"(?<![\w+])(?:(?:\+|00)44[ ]?(?:\(0\)[ ]?)?|\(?0)[1-9](?:\)?[ -]?\d){8,9}(?!\d)";

    // Inward-code letters never include C, I, K, M, O or V; "2nd", "3rd" and the like are not postcodes.
    private const string Postcode =
        @"(?<=(?<lead>\b[A-Za-z]{1,2}))\d[A-Za-z\d]?[ ]?\d(?!(?:st|nd|rd|th)\b)[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}\b";

    private const string StreetSuffix =
        "(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Way|Court|Crescent|Cres|Gardens|Gdns|Place|Terrace"
        + "|Grove|View|Walk|Rise|Hill|Square|Sq|Mews|Row|Parade|Park|Green|Vale|Gate|Yard|Croft|Fold|Chase"
        + "|Meadows?|Heights|Parkway|Wharf|Quay|Boulevard|Wynd)";

    private const string Address =
        @"(?<!\b(?:Year|Stage|Level|Step|Page|Section|Paragraph|Band|Phase|Tier|Grade|Room|No|Number)\.?[ ]+)"
        + @"\b(?:(?<=(?<lead>\b(?:Flat|Apartment|Apt|Unit)\.?[ ]?))\d{1,4}[A-Za-z]?,?[ ]+)?\d{1,4}[A-Za-z]?,?[ ]+"
        + @"(?!(?:Family|Crown|County|Magistrates|Youth)[ ]+Court\b)"
        + @"(?:[A-Z][\w'’-]*[ ]+){1,3}" + StreetSuffix + @"\b\.?";

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly int LeadGroup = Numbered().GroupNumberFromName("lead");
    private static readonly int DateGroup = Numbered().GroupNumberFromName("date");
    private static readonly int PhoneGroup = Numbered().GroupNumberFromName("phone");
    private static readonly int PostcodeGroup = Numbered().GroupNumberFromName("postcode");

    /// <summary>False when the text cannot hold a phone number, date, postcode or address.</summary>
    public static bool MayContainNumbered(ReadOnlySpan<char> text) => text.IndexOfAny(Digits) >= 0;

    /// <summary>False when the text cannot hold an e-mail address.</summary>
    public static bool MayContainEmail(ReadOnlySpan<char> text) => text.Contains('@');

    /// <summary>Where a match of <see cref="Numbered"/> starts, counting its lead words, and what it is.</summary>
    public static (int Start, RedactionKind Kind) Describe(Match match)
    {
        var groups = match.Groups;
        var lead = groups[LeadGroup];
        var start = lead.Success ? lead.Index : match.Index;
        if (groups[DateGroup].Success)
        {
            return (start, RedactionKind.Date);
        }

        if (groups[PhoneGroup].Success)
        {
            return (start, RedactionKind.Phone);
        }

        return (start, groups[PostcodeGroup].Success ? RedactionKind.Postcode : RedactionKind.Address);
    }

    /// <summary>Dates, phone numbers, postcodes and street addresses, tried in that order at each position.</summary>
    [GeneratedRegex(
        "(?<date>" + Date + ")|(?<phone>" + Phone + ")|(?<postcode>" + Postcode + ")|(?<address>" + Address + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Numbered();

    /// <summary>E-mail addresses.</summary>
    [GeneratedRegex(Email, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Emails();
}
