namespace ComplaintsAnalytics.Models;

/// <summary>
/// A light suffix stripper for English complaint text, so that "cancelled", "cancellation" and
/// "cancelling" share one form ("cancel"). It is deliberately crude: it only has to map a word and its
/// everyday variants to the same key, and it is applied to the text and to the concept lexicon alike.
/// </summary>
internal static class LightStemmer
{
    private const int ShortestStem = 3;

    private static readonly string[] Suffixes =
        ["ations", "ation", "ments", "ment", "ings", "ing", "edly", "ied", "ies", "ed", "ly", "s"];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word;
        foreach (var suffix in Suffixes)
        {
            if (w.Length - suffix.Length >= ShortestStem && w.EndsWith(suffix, StringComparison.Ordinal)
                && !(suffix == "s" && w.EndsWith("ss", StringComparison.Ordinal)))
            {
                w = suffix is "ied" or "ies" ? w[..^suffix.Length] + "y" : w[..^suffix.Length];
                break;
            }
        }

        // "refuse" and "refus(ed)" meet at "refus"; "note" keeps its e so it does not become "not".
        if (w.Length > ShortestStem + 1 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        // "cancell(ed)" -> "cancel", "stopp(ed)" -> "stop", "call" -> "cal" (and "called" too).
        if (w.Length > ShortestStem && w[^1] == w[^2] && w[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 's'))
        {
            w = w[..^1];
        }

        return w;
    }
}
