using System.Buffers;

namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// Builds the redacted copy of one text. Replacements arrive in source order; nothing is allocated
/// until the first one, and a text with none comes back as the same string instance.
/// </summary>
internal ref struct RedactionWriter
{
    private readonly string _source;
    private char[]? _buffer;
    private int _length;
    private int _copied;
    private bool _lastWasName;
    private int _names;
    private int _emails;
    private int _phones;
    private int _dates;
    private int _postcodes;
    private int _addresses;
    private int _niNumbers;
    private int _nhsNumbers;
    private int _caseNumbers;

    public RedactionWriter(string source)
    {
        _source = source;
    }

    /// <summary>
    /// Replaces <c>source[start..end)</c> with the token for <paramref name="kind"/>. A name separated from
    /// the previous name token by spaces only is absorbed into it.
    /// </summary>
    public void Replace(int start, int end, RedactionKind kind)
    {
        var gap = _source.AsSpan(_copied, start - _copied);
        if (kind == RedactionKind.Name && _lastWasName && gap.IndexOfAnyExcept(' ', '\t') < 0)
        {
            _copied = end;
            return;
        }

        Append(gap);
        Append(Token(kind));
        _copied = end;
        _lastWasName = kind == RedactionKind.Name;
        Count(kind);
    }

    /// <summary>Finishes the text and returns the pooled buffer.</summary>
    public RedactionResult ToResult()
    {
        if (_buffer is null)
        {
            return new RedactionResult(_source, 0, 0, 0, 0, 0, 0);
        }

        Append(_source.AsSpan(_copied));
        var text = new string(_buffer, 0, _length);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = null;
        return new RedactionResult(text, _names, _emails, _phones, _dates, _postcodes, _addresses, _niNumbers, _nhsNumbers, _caseNumbers);
    }

    private static string Token(RedactionKind kind) => kind switch
    {
        RedactionKind.Name => RedactionTokens.Name,
        RedactionKind.Email => RedactionTokens.Email,
        RedactionKind.Phone => RedactionTokens.Phone,
        RedactionKind.Date => RedactionTokens.Date,
        RedactionKind.Postcode => RedactionTokens.Postcode,
        RedactionKind.NiNumber => RedactionTokens.NiNumber,
        RedactionKind.NhsNumber => RedactionTokens.NhsNumber,
        RedactionKind.CaseNumber => RedactionTokens.CaseNumber,
        _ => RedactionTokens.Address,
    };

    private void Count(RedactionKind kind)
    {
        switch (kind)
        {
            case RedactionKind.Name: _names++; break;
            case RedactionKind.Email: _emails++; break;
            case RedactionKind.Phone: _phones++; break;
            case RedactionKind.Date: _dates++; break;
            case RedactionKind.Postcode: _postcodes++; break;
            case RedactionKind.NiNumber: _niNumbers++; break;
            case RedactionKind.NhsNumber: _nhsNumbers++; break;
            case RedactionKind.CaseNumber: _caseNumbers++; break;
            default: _addresses++; break;
        }
    }

    private void Append(ReadOnlySpan<char> value)
    {
        if (_buffer is null)
        {
            _buffer = ArrayPool<char>.Shared.Rent(Math.Max(_source.Length + 32, 128));
        }
        else if (_length + value.Length > _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + value.Length));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }
}
