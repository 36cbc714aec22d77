using System.Reflection;
using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Models;

/// <summary>
/// The nine benchmark themes, read from the copy of <c>themes.csv</c> embedded in this assembly.
/// The order of <see cref="Themes"/> is the order of the file and is used wherever themes are listed.
/// </summary>
public static class ThemeTaxonomy
{
    private const string ResourceName = "ComplaintsAnalytics.Models.themes.csv";
    private static readonly Lazy<IReadOnlyList<ThemeDefinition>> Loaded = new(() => Load());

    /// <summary>All themes, in taxonomy order.</summary>
    public static IReadOnlyList<ThemeDefinition> Themes => Loaded.Value;

    /// <summary>All theme codes, in taxonomy order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Loaded.Value.Select(t => t.Code)];

    /// <summary>True when <paramref name="code"/> is a theme code (case-insensitive).</summary>
    public static bool IsKnown(string code) =>
        Themes.Any(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The theme with this code, or an <see cref="ArgumentException"/>.</summary>
    public static ThemeDefinition Get(string code) =>
        Themes.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown theme code '{code}'.", nameof(code));

    private static List<ThemeDefinition> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var text = new StreamReader(stream);
        using var csv = CsvDataReader.Create(text);
        var themes = new List<ThemeDefinition>();
        while (csv.Read())
        {
            themes.Add(new ThemeDefinition(
                csv.GetString(csv.GetOrdinal("code")),
                csv.GetString(csv.GetOrdinal("name")),
                csv.GetString(csv.GetOrdinal("definition"))));
        }

        return themes;
    }
}
