namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>Word shapes used by the name rules. A word is letters joined by inner apostrophes or hyphens.</summary>
internal static class Words
{
    /// <summary>The end of the word starting at <paramref name="start"/>, which must be a letter.</summary>
    public static int End(string text, int start, int limit)
    {
        var i = start + 1;
        while (i < limit)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                i++;
            }
            else if ((c == '-' || IsApostrophe(c)) && i + 1 < limit && char.IsLetter(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The first index at or after <paramref name="start"/> that is not a space or tab.</summary>
    public static int SkipSpaces(string text, int start, int limit)
    {
        var i = start;
        while (i < limit && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    /// <summary>The word without a trailing possessive <c>'s</c>: <c>Tyler's</c> gives <c>Tyler</c>.</summary>
    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' or 'S' && IsApostrophe(word[^2]) ? word[..^2] : word;

    /// <summary>Starts with a capital and has a lower-case letter after it (<c>Tyler</c>, <c>McDonald</c>, <c>O'Brien</c>).</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every letter is a capital (<c>CAMHS</c>, <c>OKAFOR</c>).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return word.Length > 0 && char.IsUpper(word[0]);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
