namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>The first-name rule: a listed first name and the surname words after it.</summary>
internal sealed partial class NameScanner
{
    private const int MaxSurnameWords = 2;

    private int TryFirstName(string text, int start, int wordEnd, int limit, ref RedactionWriter writer)
    {
        var word = text.AsSpan(start, wordEnd - start);
        var bare = Words.WithoutPossessive(word);
        var capitalised = Words.IsCapitalised(bare);
        if (!(capitalised || (bare.Length >= 3 && Words.IsAllCaps(bare))) || !NameVocabulary.IsFirstName(bare)
            || NameVocabulary.IsNeverName(bare) || FollowsPlacePrefix(text, start))
        {
            return -1;
        }

        var certain = !NameVocabulary.IsAmbiguous(bare) && !_protected.Contains(bare);
        var nameEnd = start + bare.Length;
        var surnames = 0;
        var position = wordEnd;
        while (capitalised && bare.Length == word.Length && surnames < MaxSurnameWords)
        {
            var surnameStart = Words.SkipSpaces(text, position, limit);
            if (surnameStart == position || surnameStart >= limit || !char.IsUpper(text[surnameStart]))
            {
                break;
            }

            position = Words.End(text, surnameStart, limit);
            var surname = text.AsSpan(surnameStart, position - surnameStart);
            var surnameBare = Words.WithoutPossessive(surname);
            if (surnames == 0 && NameVocabulary.IsPlaceSuffix(surnameBare))
            {
                return -1;
            }

            // After a certain first name, another listed first name starts the next name; the writer
            // merges the two tokens. After an ambiguous one (Grace Ahmed) it is the surname.
            if (!(Words.IsCapitalised(surnameBare) || (certain && Words.IsAllCaps(surnameBare)))
                || !IsNameWord(surnameBare, afterTitle: false)
                || (certain && NameVocabulary.IsFirstName(surnameBare) && !NameVocabulary.IsAmbiguous(surnameBare)))
            {
                break;
            }

            surnames++;
            nameEnd = surnameStart + surnameBare.Length;
            if (surnameBare.Length < surname.Length)
            {
                break;
            }
        }

        if (!certain && surnames == 0)
        {
            return -1;
        }

        writer.Replace(start, nameEnd, RedactionKind.Name);
        return nameEnd;
    }

    /// <summary>True after <c>St</c>, <c>St.</c>, <c>Queen</c> and the like: <c>St Mary's</c> is a place.</summary>
    private static bool FollowsPlacePrefix(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == start)
        {
            return false;
        }

        if (text[end - 1] == '.')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return begin < end && NameVocabulary.IsPlacePrefix(text.AsSpan(begin, end - begin));
    }
}
