using System.Collections.Frozen;

namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>The word lists behind the name rules, as frozen sets looked up by span (no string allocated).</summary>
internal static class NameVocabulary
{
    /// <summary>
    /// Listed first names that are also ordinary capitalised words (<c>Will</c>, <c>May</c>, <c>Grace</c>,
    /// months, places, faiths): redacted only with a capitalised surname after them or after a cue.
    /// </summary>
    private static readonly string[] AmbiguousNames =
    [
        "Will", "May", "Mark", "Grace", "Faith", "Hope", "Bill", "Sky", "Rose", "Max", "Amber", "Summer",
        "Autumn", "April", "June", "Jan", "Joy", "Mercy", "Patience", "Gift", "Praise", "Christian", "Roman",
        "Chase", "Frank", "Pat", "Sue", "Rob", "Guy", "Dean", "Isa", "Eve", "Ray", "Devon", "Chester", "Preston",
        "Lincoln", "India", "Paris", "Milan", "Rio", "Nova", "Miles",
    ];

    /// <summary>Words after which the next capitalised words are a name (kept; the name is redacted).</summary>
    private static readonly string[] CueWords =
    [
        "son", "sons", "daughter", "daughters", "child", "grandson", "granddaughter", "grandchild", "nephew",
        "niece", "stepson", "stepdaughter", "brother", "sister", "sibling", "mum", "mam", "mom", "mother", "dad",
        "father", "nan", "nana", "gran", "grandma", "grandad", "granddad", "grandmother", "grandfather", "aunt",
        "auntie", "aunty", "uncle", "cousin", "partner", "husband", "wife", "boyfriend", "girlfriend", "baby",
        "worker", "caseworker", "keyworker", "carer", "manager", "officer", "advocate", "guardian", "teacher",
        "headteacher", "practitioner", "nurse", "therapist", "coordinator", "mentor", "called", "named",
    ];

    /// <summary>Cue abbreviations, matched case-sensitively (<c>PA</c> is a personal adviser, <c>pa</c> is not).</summary>
    private static readonly string[] CueAbbreviations =
    [
        "SW", "IRO", "PA", "SENCO", "SENCo", "Senco", "SENDCo", "SENDCO", "IO", "IP", "TM", "YP", "ISW", "FSW",
        "PSW", "Cllr", "MP",
    ];

    /// <summary>Words after <c>the Okafor</c> that make <c>Okafor</c> a family's surname.</summary>
    private static readonly string[] FamilyWords =
    [
        "family", "families", "household", "children", "siblings", "twins", "boys", "girls", "brothers",
        "sisters", "parents", "grandparents", "home",
    ];

    private static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"];

    /// <summary>Words before a first name that make it part of a place (<c>St Mary's</c>, <c>Queen Elizabeth</c>).</summary>
    private static readonly string[] PlacePrefixes = ["St", "Saint", "Queen", "King", "Prince", "Princess", "Lady", "Lord"];

    /// <summary>
    /// Words after a first name or a cued name that make it a place or organisation (<c>Victoria Road</c>,
    /// <c>Grace Academy</c>, <c>called Northbrook Council</c>).
    /// </summary>
    private static readonly string[] PlaceSuffixes =
    [
        "School", "Academy", "Hospital", "Centre", "Center", "College", "Primary", "Secondary", "High", "Nursery",
        "Surgery", "Ward", "Unit", "House", "Lodge", "Trust", "Foundation", "Infants", "Infant", "Junior",
        "Juniors", "Road", "Rd", "Street", "St", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent",
        "Gardens", "Terrace", "Grove", "Park", "Estate", "Station", "Church", "Chapel", "Library", "Clinic",
        "Practice", "Campus", "Building", "Court", "Place", "Square", "Mews", "Community", "Team", "Teams",
        "Service", "Services", "Hub", "Project", "Group", "Room", "Class", "Council", "Borough", "County",
        "Police", "Constabulary", "Partnership", "Board", "Office", "Department",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstNameSet = IgnoreCase(FirstNames.All);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousSet = IgnoreCase(AmbiguousNames);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverNameSet = IgnoreCase(NeverNameWords.All);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueSet = IgnoreCase(CueWords);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueAbbreviationSet = Exact(CueAbbreviations);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyWordSet = IgnoreCase(FamilyWords);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSet = Exact(Titles);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrefixSet = Exact(PlacePrefixes);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceSuffixSet = IgnoreCase(PlaceSuffixes);

    /// <summary>A listed first name; a hyphenated one (<c>Anne-Marie</c>) if its first part is listed.</summary>
    public static bool IsFirstName(ReadOnlySpan<char> word)
    {
        if (FirstNameSet.Contains(word))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 1 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && FirstNameSet.Contains(word[..hyphen]);
    }

    public static bool IsAmbiguous(ReadOnlySpan<char> word) => AmbiguousSet.Contains(word);

    public static bool IsNeverName(ReadOnlySpan<char> word) => NeverNameSet.Contains(word);

    public static bool IsCue(ReadOnlySpan<char> word) => CueAbbreviationSet.Contains(word) || CueSet.Contains(word);

    public static bool IsFamilyWord(ReadOnlySpan<char> word) => FamilyWordSet.Contains(word);

    public static bool IsTitle(ReadOnlySpan<char> word) => TitleSet.Contains(word);

    public static bool IsPlacePrefix(ReadOnlySpan<char> word) => PlacePrefixSet.Contains(word);

    public static bool IsPlaceSuffix(ReadOnlySpan<char> word) => PlaceSuffixSet.Contains(word);

    /// <summary>A case-insensitive set of single words, splitting phrases on spaces.</summary>
    public static FrozenSet<string> WordSet(IEnumerable<string> words) =>
        words.SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IgnoreCase(string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Exact(string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
