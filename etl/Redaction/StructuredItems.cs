using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// The e-mail addresses and numbered items (dates, phones, postcodes, addresses) of one text, in order of
/// start. The regexes run only when the text has an <c>@</c> or a digit, and allocate nothing.
/// </summary>
internal ref struct StructuredItems
{
    private readonly string _text;
    private Regex.ValueMatchEnumerator _emails;
    private Regex.ValueMatchEnumerator _numbered;
    private bool _hasEmail;
    private bool _hasNumbered;
    private int _numberedStart;
    private RedactionKind _numberedKind;

    public StructuredItems(string text)
    {
        _text = text;
        _emails = StructuredPatterns.Emails().EnumerateMatches(text);
        _numbered = StructuredPatterns.Numbered().EnumerateMatches(text);
        _hasEmail = StructuredPatterns.MayContainEmail(text) && _emails.MoveNext();
        _hasNumbered = StructuredPatterns.MayContainNumbered(text) && _numbered.MoveNext();
        DescribeNumbered();
    }

    /// <summary>The next item; an e-mail address wins over a numbered item starting at the same place.</summary>
    public bool Next(out int start, out int end, out RedactionKind kind)
    {
        if (_hasEmail && (!_hasNumbered || _emails.Current.Index <= _numberedStart))
        {
            var email = _emails.Current;
            (start, end, kind) = (email.Index, email.Index + email.Length, RedactionKind.Email);
            _hasEmail = _emails.MoveNext();
            return true;
        }

        if (_hasNumbered)
        {
            var item = _numbered.Current;
            (start, end, kind) = (_numberedStart, item.Index + item.Length, _numberedKind);
            _hasNumbered = _numbered.MoveNext();
            DescribeNumbered();
            return true;
        }

        (start, end, kind) = (0, 0, default);
        return false;
    }

    /// <summary>
    /// Which alternative of <see cref="StructuredPatterns.Numbered"/> matched, found by the anchored regex
    /// for each in the same order, and where the item starts once the words checked by a look-behind are added.
    /// </summary>
    private void DescribeNumbered()
    {
        if (!_hasNumbered)
        {
            return;
        }

        var text = _text.AsSpan();
        var index = _numbered.Current.Index;
        (_numberedStart, _numberedKind) =
            StructuredPatterns.DayFirstDateAt().IsMatch(text, index) ? (index, RedactionKind.Date)
            : StructuredPatterns.MonthFirstDateAt().IsMatch(text, index) ? (WordBefore(text, index), RedactionKind.Date)
            : StructuredPatterns.PhoneAt().IsMatch(text, index) ? (index, RedactionKind.Phone)
            : StructuredPatterns.NiNumberAt().IsMatch(text, index) ? (PrefixBefore(text, index, 2), RedactionKind.NiNumber)
            : StructuredPatterns.NhsNumberAt().IsMatch(text, index) ? (index, RedactionKind.NhsNumber)
            : StructuredPatterns.CaseNumberAt().IsMatch(text, index) ? (PrefixBefore(text, index, 6), RedactionKind.CaseNumber)
            : StructuredPatterns.PostcodeAt().IsMatch(text, index) ? (LettersBefore(text, index), RedactionKind.Postcode)
            : (FlatBefore(text, index), RedactionKind.Address);
    }

    /// <summary>The start of the word (and the spaces and full stop after it) before <paramref name="index"/>.</summary>
    private static int WordBefore(ReadOnlySpan<char> text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] == ' ')
        {
            start--;
        }

        if (start > 0 && text[start - 1] == '.')
        {
            start--;
        }

        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// The start of the letters of an NI number's prefix or a reference's prefix (<c>CAS-</c>, <c>COM/</c>) before
    /// <paramref name="index"/>, with a space or separator between them; <paramref name="index"/> itself when
    /// only a word such as <c>ref</c> comes before (the word is kept).
    /// </summary>
    private static int PrefixBefore(ReadOnlySpan<char> text, int index, int maxLetters)
    {
        var start = index;
        if (start > 0 && text[start - 1] is ' ' or '-' or '/')
        {
            start--;
        }

        var letters = start;
        while (letters > 0 && index - letters <= maxLetters + 1 && char.IsAsciiLetter(text[letters - 1]))
        {
            letters--;
        }

        var count = start - letters;
        var isPrefix = count >= 2 && count <= maxLetters && (maxLetters == 2 || text[letters..start].IndexOfAnyInRange('a', 'z') < 0);
        return isPrefix ? letters : index;
    }

    /// <summary>The start of the postcode area letters right before the district digit.</summary>
    private static int LettersBefore(ReadOnlySpan<char> text, int index)
    {
        var start = index;
        while (start > 0 && index - start < 2 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>The start of <c>Flat</c>, <c>Apartment</c>, <c>Apt</c> or <c>Unit</c> before an address, if there.</summary>
    private static int FlatBefore(ReadOnlySpan<char> text, int index)
    {
        var start = WordBefore(text, index);
        var word = text[start..index].TrimEnd(' ').TrimEnd('.');
        return word is "Flat" or "Apartment" or "Apt" or "Unit" ? start : index;
    }
}
