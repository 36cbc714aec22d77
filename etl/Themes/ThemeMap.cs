using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>Checks a profile's <c>themes</c> section: every category maps to one or more known theme codes.</summary>
internal static class ThemeMap
{
    public static Dictionary<string, List<string>> Check(Dictionary<string, List<string>>? themes, string fileName)
    {
        var checkedMap = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (category, codes) in themes ?? [])
        {
            var (known, unknown) = ThemeCodes.Parse(string.Join(';', codes ?? []));
            if (unknown.Count > 0)
            {
                throw new FileRefusedException(
                    $"{fileName}: the themes of category '{category}' include {string.Join(", ", unknown.Select(u => $"'{u}'"))}, " +
                    $"which are not theme codes. Use one or more of: {string.Join(", ", ThemeCodes.All)}.");
            }

            if (known.Count == 0)
            {
                throw new FileRefusedException($"{fileName}: category '{category}' maps to no theme; give one or more codes or leave it out.");
            }

            checkedMap[category.Trim()] = [.. known];
        }

        return checkedMap;
    }
}
