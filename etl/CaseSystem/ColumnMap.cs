using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>Where each canonical column is in a file, found by header name through the profile.</summary>
internal sealed class ColumnMap
{
    /// <summary>Columns a file must carry (or the profile must default), else it is refused whole.</summary>
    private static readonly int[] MustBePresent =
    [
        CanonicalColumn.CaseReference, CanonicalColumn.RecordType, CanonicalColumn.Procedure, CanonicalColumn.Stage,
        CanonicalColumn.ReceivedDate, CanonicalColumn.RespondedDate, CanonicalColumn.ServiceArea,
        CanonicalColumn.Outcome, CanonicalColumn.LaCode,
    ];

    private ColumnMap(int[] ordinals)
    {
        Ordinals = ordinals;
    }

    /// <summary>Source ordinal per canonical index, or -1 when the file lacks the column.</summary>
    public int[] Ordinals { get; }

    public static ColumnMap Build(IReadOnlyList<string> headers, MappingProfile profile, string fileName)
    {
        var byHeader = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            byHeader.TryAdd(headers[i], i);
        }

        var ordinals = new int[CanonicalColumn.Names.Count];
        var missing = new List<string>();
        for (var c = 0; c < ordinals.Length; c++)
        {
            var name = CanonicalColumn.Names[c];
            var header = profile.HeaderFor(name);
            ordinals[c] = byHeader.TryGetValue(header.Trim(), out var ordinal) ? ordinal : -1;
            if (ordinals[c] < 0 && MustBePresent.Contains(c) && !profile.Defaults.ContainsKey(name))
            {
                missing.Add(header == name ? $"'{name}'" : $"'{header}' (for {name})");
            }
        }

        if (missing.Count > 0)
        {
            var hint = profile == MappingProfile.Canonical
                ? " If this export uses the case system's own column names, give a mapping profile with --profile."
                : $" Check the column names in the mapping profile '{profile.Name}'.";
            throw new FileRefusedException(
                $"{fileName}: required column(s) missing: {string.Join(", ", missing)}. " +
                $"The header row has: {string.Join(", ", headers.Take(30).Select(h => $"'{h}'"))}.{hint}");
        }

        return new ColumnMap(ordinals);
    }

    /// <summary>True when a file with these headers can be read with this profile.</summary>
    public static bool Fits(IReadOnlyList<string> headers, MappingProfile profile)
    {
        var present = new HashSet<string>(headers.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        return MustBePresent.All(c =>
            present.Contains(profile.HeaderFor(CanonicalColumn.Names[c]).Trim()) || profile.Defaults.ContainsKey(CanonicalColumn.Names[c]));
    }

    public RawCaseRow Take(ITabularReader reader)
    {
        var values = new object?[Ordinals.Length];
        for (var c = 0; c < Ordinals.Length; c++)
        {
            if (Ordinals[c] >= 0)
            {
                values[c] = reader.GetValue(Ordinals[c]);
            }
        }

        return new RawCaseRow(reader.RowNumber, values);
    }
}
