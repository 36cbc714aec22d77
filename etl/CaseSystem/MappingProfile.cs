using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Themes;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// How one council's case-system export maps onto the canonical columns: header names, date formats,
/// value vocabularies, defaults and team renames. Format: docs/case-import-format.md.
/// </summary>
public sealed class MappingProfile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public string Name { get; set; } = "canonical columns";

    public string? Sheet { get; set; }

    public int HeaderRow { get; set; } = 1;

    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> DateFormats { get; set; } = [];

    public Dictionary<string, Dictionary<string, string>> Values { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Defaults { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, TeamChange> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The council's own corporate-procedure timescales, over the configured defaults.</summary>
    public List<StageTimescale> Timescales { get; set; } = [];

    /// <summary>The officer's categories, in the council's words, to benchmark theme codes (optional).</summary>
    public Dictionary<string, List<string>> Themes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The profile used when none is given: canonical headers, canonical values.</summary>
    public static MappingProfile Canonical { get; } = new();

    /// <summary>Reads and checks a profile file; a mistake in it refuses the import with a plain message.</summary>
    public static MappingProfile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileRefusedException($"{path}: the mapping profile does not exist.");
        }

        MappingProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<MappingProfile>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new FileRefusedException($"{Path.GetFileName(path)}: the mapping profile is not valid JSON ({ex.Message}).", ex);
        }

        if (profile is null)
        {
            throw new FileRefusedException($"{Path.GetFileName(path)}: the mapping profile is empty.");
        }

        profile.Validate(Path.GetFileName(path));
        return profile;
    }

    private void Validate(string fileName)
    {
        Columns = new Dictionary<string, string>(Columns, StringComparer.OrdinalIgnoreCase);
        Values = new Dictionary<string, Dictionary<string, string>>(
            Values.Select(kv => KeyValuePair.Create(kv.Key, new Dictionary<string, string>(kv.Value, StringComparer.OrdinalIgnoreCase))),
            StringComparer.OrdinalIgnoreCase);
        Defaults = new Dictionary<string, string>(Defaults, StringComparer.OrdinalIgnoreCase);
        Teams = new Dictionary<string, TeamChange>(Teams, StringComparer.OrdinalIgnoreCase);
        Themes = ThemeMap.Check(Themes, fileName);

        var unknown = Columns.Keys.Concat(Values.Keys).Concat(Defaults.Keys)
            .Where(name => CanonicalColumn.IndexOf(name) < 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (unknown.Count > 0)
        {
            throw new FileRefusedException(
                $"{fileName}: unknown canonical column(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}. " +
                $"Canonical columns are: {string.Join(", ", CanonicalColumn.Names)}.");
        }

        foreach (var (column, map) in Values)
        {
            var allowed = Vocabulary.For(CanonicalColumn.IndexOf(column));
            if (allowed is null)
            {
                continue;
            }

            var bad = map.Values.Where(v => !allowed.Contains(v, StringComparer.OrdinalIgnoreCase)).ToList();
            if (bad.Count > 0)
            {
                throw new FileRefusedException(
                    $"{fileName}: values for '{column}' map to {string.Join(", ", bad.Select(b => $"'{b}'"))}, " +
                    $"which are not canonical. Use one of: {string.Join(", ", allowed)}.");
            }
        }

        var statutory = Timescales.Where(t => !string.Equals(t.Procedure, TimescaleSettings.Corporate, StringComparison.OrdinalIgnoreCase)).ToList();
        if (statutory.Count > 0)
        {
            throw new FileRefusedException(
                $"{fileName}: a profile may set corporate timescales only; the statutory ones are set by the 2006 Regulations " +
                $"(found '{statutory[0].Procedure}' stage {statutory[0].Stage}).");
        }

        if (Timescales.Any(t => t.Stage < 1 || t.BaseWorkingDays < 1 || t.MaxWorkingDays < t.BaseWorkingDays))
        {
            throw new FileRefusedException($"{fileName}: each timescale needs a stage from 1, base working days from 1 and maximum working days no less than the base.");
        }

        if (HeaderRow < 1)
        {
            throw new FileRefusedException($"{fileName}: headerRow must be 1 or more.");
        }
    }

    /// <summary>The theme codes (<c>;</c>-separated) the <c>themes</c> section gives a category; null when it gives none.</summary>
    public string? CodedThemes(string? category) =>
        category is not null && Themes.TryGetValue(category.Trim(), out var codes) ? string.Join(';', codes) : null;

    /// <summary>The header this profile expects for a canonical column.</summary>
    public string HeaderFor(string canonicalName) =>
        Columns.TryGetValue(canonicalName, out var header) ? header : canonicalName;
}
