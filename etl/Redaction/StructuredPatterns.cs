using System.Buffers;
using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// The regexes for e-mail addresses, UK phone numbers, dates, National Insurance numbers, NHS numbers,
/// case and complaint references, UK postcodes and street addresses.
/// Every item but an e-mail address holds a digit, so <see cref="Numbered"/> only tries to match at a digit,
/// <c>+</c> or <c>(</c>, which the generated code finds with a vectorised search. Words in front of the digit
/// (<c>March</c> 3rd, <c>NB</c>3 7QT) are checked by a look-behind and added back by <see cref="StructuredItems"/>.
/// Matches are enumerated as value matches and classified by the anchored regexes, so nothing is allocated.
/// </summary>
internal static partial class StructuredPatterns
{
    private const string Email = @"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+";

    private const string Month =
        "(?:(?:[Jj]anuary|[Ff]ebruary|March|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)"
        + @"\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)";

    private const string Year = @"(?:[0-9]{4}|['’][0-9]{2})\b";

    /// <summary><c>12/03/2015</c>, <c>12.3.15</c>, <c>2015-03-12</c>, <c>3 March 2015</c>, <c>3rd of March</c>.</summary>
    private const string DayFirstDate =
        @"\b(?:[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})|[0-9]{1,2}\.[0-9]{1,2}\.(?:[0-9]{4}|[0-9]{2})|[0-9]{1,2}-[0-9]{1,2}-(?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{2}-[0-9]{2})\b"
        + @"|\b[0-9]{1,2}(?:st|nd|rd|th)?(?:[ ]+of)?[ ]+" + Month + @"(?:,?[ ]+" + Year + ")?";

    /// <summary><c>March 3rd 2015</c>, <c>March 3, 2015</c>, <c>March 3rd</c>: the match starts at the day.</summary>
    private const string MonthFirstDate =
        @"(?<=\b" + Month + @"[ ]+)[0-9]{1,2}(?:(?:st|nd|rd|th)(?:,?[ ]+" + Year + @")?|,?[ ]+" + Year + @")\b";

    /// <summary>
    /// A UK number from 0 or +44; a bracket before the 0 is taken only around an area code (<c>(0113) 496 0000</c>),
    /// so a number written in brackets (<c>(07700 900123)</c>) keeps both brackets.
    /// </summary>
    private const string Phone =
        @"(?<![\w+])(?:(?:\+|00)44[ ]?(?:\(0\)[ ]?)?|\((?=0[1-9][0-9]{1,3}\))0|0)[1-9](?:\)?[ -]?[0-9]){8,9}(?![0-9])";

    /// <summary>
    /// Starts at the first digit; the one or two letters before it are checked by the look-behind. Inward-code
    /// letters never include C, I, K, M, O or V, and <c>2nd</c>, <c>3rd</c> and the like are not postcodes.
    /// </summary>
    private const string Postcode =
        @"(?<=\b[A-Za-z]{1,2})[0-9][A-Za-z0-9]?[ ]?[0-9](?!(?:st|nd|rd|th)\b)[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}\b";

    /// <summary>
    /// <c>QQ 12 34 56 C</c>, <c>qq123456c</c>, the suffix letter optional: the match starts at the first digit and
    /// the two prefix letters are checked by the look-behind. Any two letters count (HMRC never issues some, but
    /// people copy the <c>QQ</c> example and mistype): six digits in pairs after a two-letter word are an identifier.
    /// </summary>
    private const string NiNumber = @"(?<=\b[A-Za-z]{2}[ ]?)[0-9]{2}(?:[ ]?[0-9]{2}){2}(?:[ ]?[A-Da-d])?\b";

    /// <summary>Ten digits, grouped 3-3-4 by spaces or hyphens or not at all (a phone number starting 0 is matched first).</summary>
    private const string NhsNumber = @"(?<![\w+.,£/-])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])";

    /// <summary>
    /// Case and complaint references: capitals then four or more digits (<c>CAS-104203</c>, <c>COM/2023/0456</c>,
    /// <c>CAS104203</c>), or digits after a reference word (<c>case no. 4471</c>, <c>Ref: 22 012 345</c>,
    /// <c>complaint 120456</c>); the reference word is kept.
    /// </summary>
    private const string CaseNumber =
        @"(?<=\b[A-Z]{2,6}[-/]?)[0-9]{4,}(?:[-/][0-9]+)*\b"
        + @"|(?<=\b(?:(?:[Cc]ase|[Cc]omplaint|LGSCO|[Oo]mbudsman|[Oo]ur|[Yy]our)[ ]+(?:[Nn]o\.?|[Nn]umber|[Rr]ef\.?|[Rr]eference|ID)|[Rr]ef\.?|[Rr]eference)[ ]*[:#]?[ ]*)(?=[0-9][0-9 /-]{3})[0-9]{2,}(?:[ /-][0-9]{2,})*\b"
        + @"|(?<=\b(?:[Cc]ase|[Cc]omplaint)[ ]+)[0-9]{5,}(?:[ /-][0-9]+)*\b";

    private const string StreetSuffix =
        "(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Way|Court|Crescent|Cres|Gardens|Gdns|Place|Terrace"
        + "|Grove|View|Walk|Rise|Hill|Square|Sq|Mews|Row|Parade|Park|Green|Vale|Gate|Yard|Croft|Fold|Chase"
        + "|Meadows?|Heights|Parkway|Wharf|Quay|Boulevard|Wynd)";

    /// <summary>A house number (after an optional flat number) then capitalised words ending in a street word.</summary>
    private const string Address =
        @"(?<!\b(?:Year|Stage|Level|Step|Page|Section|Paragraph|Band|Phase|Tier|Grade|Room|No|Number)\.?[ ]+)"
        + @"\b(?:[0-9]{1,4}[A-Za-z]?,[ ]+)?[0-9]{1,4}[A-Za-z]?,?[ ]+"
        + @"(?!(?:Family|Crown|County|Magistrates|Youth)[ ]+Court\b)"
        + @"(?:[A-Z][\w'’-]*[ ]+){1,3}" + StreetSuffix + @"\b";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>False when the text cannot hold a phone number, date, postcode or address.</summary>
    public static bool MayContainNumbered(ReadOnlySpan<char> text) => text.IndexOfAny(Digits) >= 0;

    /// <summary>False when the text cannot hold an e-mail address.</summary>
    public static bool MayContainEmail(ReadOnlySpan<char> text) => text.Contains('@');

    /// <summary>E-mail addresses.</summary>
    [GeneratedRegex(Email, Options)]
    public static partial Regex Emails();

    /// <summary>
    /// Dates, phone numbers, NI numbers, NHS numbers, case references, postcodes and street addresses, tried in
    /// that order at each position.
    /// </summary>
    [GeneratedRegex(DayFirstDate + "|" + MonthFirstDate + "|" + Phone + "|" + NiNumber + "|" + NhsNumber + "|" + CaseNumber + "|" + Postcode + "|" + Address, Options)]
    public static partial Regex Numbered();

    [GeneratedRegex(@"\G(?:" + DayFirstDate + ")", Options)]
    public static partial Regex DayFirstDateAt();

    [GeneratedRegex(@"\G(?:" + MonthFirstDate + ")", Options)]
    public static partial Regex MonthFirstDateAt();

    [GeneratedRegex(@"\G(?:" + Phone + ")", Options)]
    public static partial Regex PhoneAt();

    [GeneratedRegex(@"\G(?:" + Postcode + ")", Options)]
    public static partial Regex PostcodeAt();

    [GeneratedRegex(@"\G(?:" + NiNumber + ")", Options)]
    public static partial Regex NiNumberAt();

    [GeneratedRegex(@"\G(?:" + NhsNumber + ")", Options)]
    public static partial Regex NhsNumberAt();

    [GeneratedRegex(@"\G(?:" + CaseNumber + ")", Options)]
    public static partial Regex CaseNumberAt();
}
