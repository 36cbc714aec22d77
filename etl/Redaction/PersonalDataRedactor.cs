namespace ComplaintsAnalytics.Etl.Redaction;

/// <summary>
/// Replaces personal data in complaint free text (summaries, learning) with tokens before it is stored:
/// names <c>[NAME]</c>, e-mail addresses <c>[EMAIL]</c>, UK phone numbers <c>[PHONE]</c>, dates
/// <c>[DATE]</c>, UK postcodes <c>[POSTCODE]</c>, street addresses <c>[ADDRESS]</c>, National Insurance
/// numbers <c>[NI_NUMBER]</c>, NHS numbers <c>[NHS_NUMBER]</c> and case or complaint references
/// <c>[CASE_NUMBER]</c> (see <see cref="RedactionTokens"/>).
/// </summary>
/// <remarks>
/// Stateless after construction: one instance can be shared by every thread of an import. Text without
/// personal data comes back as the same string instance, and nothing is allocated for it.
/// Never log the text passed in or returned; log the counts.
/// </remarks>
public sealed class PersonalDataRedactor
{
    private readonly NameScanner _names;

    /// <summary>A redactor with the built-in word lists only.</summary>
    public PersonalDataRedactor()
        : this([])
    {
    }

    /// <summary>
    /// A redactor that also protects the council's own words that look like first names, such as a town
    /// or team called <c>Stanley</c> or <c>Beverley</c>: these are kept unless a title comes before them
    /// (<c>Mr Stanley</c>) or a capitalised surname after them (<c>Stanley Hughes</c>), and are never taken
    /// as a name after a cue such as <c>called</c>.
    /// </summary>
    /// <param name="protectedWords">Words or phrases; phrases are split into words.</param>
    public PersonalDataRedactor(IEnumerable<string> protectedWords)
    {
        ArgumentNullException.ThrowIfNull(protectedWords);
        _names = new NameScanner(NameVocabulary.WordSet(protectedWords));
    }

    /// <summary>Redacts one text. Null stays null; empty stays empty.</summary>
    public RedactionResult Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new RedactionResult(text, 0, 0, 0, 0, 0, 0);
        }

        var writer = new RedactionWriter(text);
        var items = new StructuredItems(text);
        var position = 0;
        while (items.Next(out var start, out var end, out var kind))
        {
            if (end <= position)
            {
                continue;
            }

            start = Math.Max(start, position);
            _names.Scan(text, position, start, ref writer);
            writer.Replace(start, end, kind);
            position = end;
        }

        _names.Scan(text, position, text.Length, ref writer);
        return writer.ToResult();
    }
}
