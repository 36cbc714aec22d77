using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>
/// The nine benchmark theme codes, read from the copy of <c>models/Themes/themes.csv</c> embedded in this
/// assembly (the same file that seeds <c>dw.dim_theme</c>), in taxonomy order.
/// </summary>
public static class ThemeCodes
{
    private static readonly Lazy<IReadOnlyList<string>> Loaded = new(() => Load());

    /// <summary>All codes, in taxonomy order.</summary>
    public static IReadOnlyList<string> All => Loaded.Value;

    /// <summary>The code as the taxonomy spells it, or null when <paramref name="code"/> is not a theme (case-insensitive).</summary>
    public static string? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(c => string.Equals(c, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Parses <c>;</c>- or <c>,</c>-separated codes into distinct taxonomy codes in the order given; unknown
    /// codes are returned apart so the caller can say which.
    /// </summary>
    public static (IReadOnlyList<string> Codes, IReadOnlyList<string> Unknown) Parse(string? text)
    {
        var codes = new List<string>();
        var unknown = new List<string>();
        foreach (var part in (text ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Find(part) is { } code)
            {
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
            else
            {
                unknown.Add(part);
            }
        }

        return (codes, unknown);
    }

    private static List<string> Load()
    {
        using var stream = typeof(ThemeCodes).Assembly.GetManifestResourceStream("themes/themes.csv")
            ?? throw new InvalidOperationException("themes/themes.csv is not embedded.");
        using var text = new StreamReader(stream);
        using var csv = CsvDataReader.Create(text);
        var codes = new List<string>();
        while (csv.Read())
        {
            codes.Add(csv.GetString(0));
        }

        return codes;
    }
}
