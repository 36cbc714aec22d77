using System.Collections.Frozen;

namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// Finds people's names in a stretch of text, word by word, and hands them to the writer. Four rules,
/// tried in order at each word: a title and the capitalised words after it (<c>Mrs Okafor</c>, replaced
/// whole); a cue and the capitalised words after it (<c>SW Rebecca Okafor</c>, cue kept); a surname
/// between <c>the</c> and <c>family</c> (<c>the Okafor family</c>); a listed first name and up to two
/// capitalised surname words (<c>Tyler Marsh</c>, in the other part of this class).
/// </summary>
internal sealed partial class NameScanner
{
    private const int MaxNameWords = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _protected;

    /// <param name="protectedWords">
    /// The council's own words that look like first names (places, teams): kept unless a title comes before
    /// them or a surname after them.
    /// </param>
    public NameScanner(FrozenSet<string> protectedWords)
    {
        _protected = protectedWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Redacts the names in <c>text[start..end)</c>; nothing outside it is replaced.</summary>
    public void Scan(string text, int start, int end, ref RedactionWriter writer)
    {
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordEnd = Words.End(text, i, end);
            var next = -1;
            if (i == 0 || !char.IsDigit(text[i - 1]))
            {
                next = TryTitle(text, i, wordEnd, end, ref writer);
                if (next < 0)
                {
                    next = TryCue(text, i, wordEnd, end, ref writer);
                }

                if (next < 0)
                {
                    next = TryFamilySurname(text, i, wordEnd, end, ref writer);
                }

                if (next < 0)
                {
                    next = TryFirstName(text, i, wordEnd, end, ref writer);
                }
            }

            i = next < 0 ? wordEnd : next;
        }
    }

    private int TryTitle(string text, int start, int wordEnd, int limit, ref RedactionWriter writer)
    {
        if (!NameVocabulary.IsTitle(text.AsSpan(start, wordEnd - start)))
        {
            return -1;
        }

        var position = wordEnd < limit && text[wordEnd] == '.' ? wordEnd + 1 : wordEnd;
        var nameStart = Words.SkipSpaces(text, position, limit);
        var nameEnd = nameStart > wordEnd ? CollectName(text, nameStart, limit, afterTitle: true) : -1;
        if (nameEnd < 0)
        {
            return -1;
        }

        writer.Replace(start, nameEnd, RedactionKind.Name);
        return nameEnd;
    }

    private int TryCue(string text, int start, int wordEnd, int limit, ref RedactionWriter writer)
    {
        if (!NameVocabulary.IsCue(text.AsSpan(start, wordEnd - start)))
        {
            return -1;
        }

        var nameStart = Words.SkipSpaces(text, wordEnd, limit);
        if (nameStart < limit && text[nameStart] is ',' or ':' or '(' or '-' or '\u2013')
        {
            nameStart = Words.SkipSpaces(text, nameStart + 1, limit);
        }

        var nameEnd = nameStart > wordEnd ? CollectName(text, nameStart, limit, afterTitle: false) : -1;
        if (nameEnd < 0 || NamesAPlace(text, nameEnd, limit))
        {
            return -1;
        }

        writer.Replace(nameStart, nameEnd, RedactionKind.Name);
        return nameEnd;
    }

    /// <summary><c>the Okafor family</c>, <c>the Marsh children</c>: the surname is redacted.</summary>
    private int TryFamilySurname(string text, int start, int wordEnd, int limit, ref RedactionWriter writer)
    {
        if (wordEnd - start != 3 || !text.AsSpan(start, 3).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var surnameStart = wordEnd + 1;
        if (surnameStart >= limit || text[wordEnd] != ' ' || !char.IsUpper(text[surnameStart]))
        {
            return -1;
        }

        var surnameEnd = Words.End(text, surnameStart, limit);
        var surname = text.AsSpan(surnameStart, surnameEnd - surnameStart);
        var familyStart = surnameEnd + 1;
        if (familyStart >= limit || text[surnameEnd] != ' ' || !char.IsLetter(text[familyStart])
            || !Words.IsCapitalised(surname) || !IsNameWord(surname, afterTitle: false)
            || !NameVocabulary.IsFamilyWord(text.AsSpan(familyStart, Words.End(text, familyStart, limit) - familyStart)))
        {
            return -1;
        }

        writer.Replace(surnameStart, surnameEnd, RedactionKind.Name);
        return surnameEnd;
    }

    /// <summary>
    /// The end of the name whose first word starts at <paramref name="start"/>: up to three capitalised or
    /// all-capital words separated by spaces (initials too after a title); -1 when there is none.
    /// </summary>
    private int CollectName(string text, int start, int limit, bool afterTitle)
    {
        var end = -1;
        var position = start;
        for (var words = 0; words < MaxNameWords; words++)
        {
            var wordStart = words == 0 ? start : Words.SkipSpaces(text, position, limit);
            if ((words > 0 && wordStart == position) || wordStart >= limit || !char.IsUpper(text[wordStart]))
            {
                break;
            }

            var wordEnd = Words.End(text, wordStart, limit);
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            var bare = Words.WithoutPossessive(word);
            if (bare.Length == 1)
            {
                if (!afterTitle)
                {
                    break;
                }

                end = wordEnd < limit && text[wordEnd] == '.' ? wordEnd + 1 : wordEnd;
                position = end;
                continue;
            }

            if (!(Words.IsCapitalised(bare) || Words.IsAllCaps(bare)) || !IsNameWord(bare, afterTitle))
            {
                break;
            }

            end = wordStart + bare.Length;
            if (bare.Length < word.Length)
            {
                break;
            }

            position = wordEnd;
        }

        return end;
    }

    /// <summary>
    /// Can be part of a name: not a never-name word or a cue, nor (except after a title, where <c>Mr Lane</c>,
    /// <c>Mrs Park</c> and <c>Mr Stanley</c> are people) a place word such as <c>Road</c> or a protected word.
    /// </summary>
    private bool IsNameWord(ReadOnlySpan<char> word, bool afterTitle) =>
        !NameVocabulary.IsNeverName(word) && !NameVocabulary.IsCue(word)
        && (afterTitle || (!NameVocabulary.IsPlaceSuffix(word) && !_protected.Contains(word)));

    /// <summary>True when the word after a name is a place or organisation word: <c>called Northbrook Council</c>.</summary>
    private static bool NamesAPlace(string text, int nameEnd, int limit)
    {
        var next = Words.SkipSpaces(text, nameEnd, limit);
        return next > nameEnd && next < limit && char.IsUpper(text[next])
            && NameVocabulary.IsPlaceSuffix(text.AsSpan(next, Words.End(text, next, limit) - next));
    }
}
