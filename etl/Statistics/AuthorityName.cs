using System.Text;

namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>
/// Matches councils by name across publishers: "Kent County Council", "London Borough of Hackney",
/// "Bristol City Council" and DfE's "Bristol, City of" all reduce to the words that tell them apart.
/// </summary>
public static class AuthorityName
{
    private static readonly HashSet<string> CouncilWords = new(StringComparer.Ordinal)
    {
        "council", "county", "city", "borough", "metropolitan", "district", "of", "the", "royal", "london", "corporation",
    };

    /// <summary>The sorted distinguishing words of <paramref name="name"/>, lower case.</summary>
    public static string Key(string name)
    {
        // Text in brackets is a note ("Northbrook Council (invented demo)"), not part of the name.
        var cleaned = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name.Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant())
        {
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            cleaned.Append(depth == 0 && char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = cleaned.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !CouncilWords.Contains(w))
            .Order(StringComparer.Ordinal);

        // "City of London" is all council words: it keeps its own key.
        var key = string.Join(' ', words);
        return key.Length == 0 ? "city of london" : key;
    }
}
