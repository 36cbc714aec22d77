namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>Reads typed, profile-mapped values from one raw row and collects its rejects.</summary>
internal sealed class RowContext
{
    private const int MaxValueInReject = 200;
    private readonly RawCaseRow _raw;
    private readonly List<CaseReject> _rejects;
    private readonly MappingProfile _profile;
    private readonly int _rejectsBefore;

    public RowContext(RawCaseRow raw, List<CaseReject> rejects, MappingProfile profile)
    {
        _raw = raw;
        _rejects = rejects;
        _profile = profile;
        _rejectsBefore = rejects.Count;
    }

    public string? CaseReference { get; set; }

    public bool HasRejects => _rejects.Count > _rejectsBefore;

    public object? Value(int column)
    {
        var value = _raw.Values[column];
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
        {
            return _profile.Defaults.TryGetValue(CanonicalColumn.Names[column], out var fallback) ? fallback : null;
        }

        return value;
    }

    public string? Text(int column) => CellParser.Text(Value(column));

    public void Reject(int column, string reason, string? value = null)
    {
        var shown = value ?? Text(column);
        if (shown is { Length: > MaxValueInReject })
        {
            shown = shown[..MaxValueInReject] + "…";
        }

        _rejects.Add(new CaseReject(_raw.RowNumber, CanonicalColumn.Names[column], CaseReference, shown, reason));
    }

    /// <summary>A coded value through the profile's vocabulary, else the canonical value itself.</summary>
    public string? Code(int column, bool required)
    {
        var text = Text(column);
        if (text is null)
        {
            if (required)
            {
                Reject(column, "a required value is missing");
            }

            return null;
        }

        var mapped = Map(column, text);
        var allowed = Vocabulary.For(column);
        if (allowed is null)
        {
            return mapped;
        }

        var normalised = mapped.Replace(' ', '_').Replace('-', '_');
        var match = allowed.FirstOrDefault(a => string.Equals(a, normalised, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Reject(column, $"unknown value; expected one of {string.Join(", ", allowed)} or a value the mapping profile lists", text);
        }

        return match;
    }

    public DateOnly? Date(int column, CellParser cells, bool required)
    {
        var value = Value(column);
        if (value is null)
        {
            if (required)
            {
                Reject(column, "a required date is missing");
            }

            return null;
        }

        if (cells.TryDate(value, out var date))
        {
            return date;
        }

        Reject(column, "not a valid date in any expected format (ISO yyyy-MM-dd, an Excel date, or the profile's dateFormats)");
        return null;
    }

    public bool? Flag(int column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var flag = CellParser.YesNo(Map(column, text));
        if (flag is null)
        {
            Reject(column, "expected yes or no");
        }

        return flag;
    }

    public decimal? Money(int column)
    {
        var value = Value(column);
        if (value is null)
        {
            return null;
        }

        if (CellParser.TryDecimal(value, out var amount) && amount >= 0)
        {
            return amount;
        }

        Reject(column, "expected an amount in pounds, such as 250 or £1,250.00");
        return null;
    }

    public int? WholeNumber(int column)
    {
        var value = Value(column);
        if (value is null)
        {
            return null;
        }

        if (CellParser.TryWholeNumber(value, out var number) && number >= 0)
        {
            return number;
        }

        Reject(column, "expected a whole number of days, 0 or more");
        return null;
    }

    public short? StageNumber()
    {
        var text = Text(CanonicalColumn.Stage);
        if (text is null)
        {
            Reject(CanonicalColumn.Stage, "a complaint needs its stage (1, 2 or 3)");
            return null;
        }

        var mapped = Map(CanonicalColumn.Stage, text);
        var digits = mapped.StartsWith("stage", StringComparison.OrdinalIgnoreCase) ? mapped[5..].Trim() : mapped;
        if (digits is "1" or "2" or "3")
        {
            return short.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        }

        Reject(CanonicalColumn.Stage, "unknown stage; expected 1, 2 or 3");
        return null;
    }

    private string Map(int column, string text) =>
        _profile.Values.TryGetValue(CanonicalColumn.Names[column], out var map) && map.TryGetValue(text, out var mapped)
            ? mapped
            : text;
}
