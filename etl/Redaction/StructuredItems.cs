using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// The e-mail addresses and numbered items (phones, dates, postcodes, addresses) of one text, in order of
/// start. The two regexes run only when the text has an <c>@</c> or a digit, and allocate only on a match.
/// </summary>
internal ref struct StructuredItems
{
    private Match _email;
    private Match _numbered;
    private int _numberedStart;
    private RedactionKind _numberedKind;

    public StructuredItems(string text)
    {
        _email = StructuredPatterns.MayContainEmail(text) ? StructuredPatterns.Emails().Match(text) : Match.Empty;
        _numbered = StructuredPatterns.MayContainNumbered(text) ? StructuredPatterns.Numbered().Match(text) : Match.Empty;
        DescribeNumbered();
    }

    /// <summary>The next item; an e-mail address wins over a numbered item starting at the same place.</summary>
    public bool Next(out int start, out int end, out RedactionKind kind)
    {
        if (_email.Success && (!_numbered.Success || _email.Index <= _numberedStart))
        {
            (start, end, kind) = (_email.Index, _email.Index + _email.Length, RedactionKind.Email);
            _email = _email.NextMatch();
            return true;
        }

        if (_numbered.Success)
        {
            (start, end, kind) = (_numberedStart, _numbered.Index + _numbered.Length, _numberedKind);
            _numbered = _numbered.NextMatch();
            DescribeNumbered();
            return true;
        }

        (start, end, kind) = (0, 0, default);
        return false;
    }

    private void DescribeNumbered()
    {
        if (_numbered.Success)
        {
            (_numberedStart, _numberedKind) = StructuredPatterns.Describe(_numbered);
        }
    }
}
