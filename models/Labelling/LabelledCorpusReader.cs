using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Models;

/// <summary>
/// Reads labelled CSV files: a header with <c>text</c> and <c>themes</c> columns (any order, any case,
/// other columns ignored), themes separated by <c>;</c>. Quoted fields may hold commas and line breaks.
/// </summary>
public static class LabelledCorpusReader
{
    /// <summary>Reads every row, or throws <see cref="CorpusFormatException"/> at the first bad one.</summary>
    /// <param name="path">The CSV file.</param>
    public static IReadOnlyList<LabelledText> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new CorpusFormatException(path, null, "the file does not exist");
        }

        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var textOrdinal = FindColumn(reader, path, "text");
        var themesOrdinal = FindColumn(reader, path, "themes");
        var rows = new List<LabelledText>();
        var row = 0;
        while (reader.Read())
        {
            row++;
            var text = reader.GetString(textOrdinal);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CorpusFormatException(path, row, "the text is empty");
            }

            rows.Add(new LabelledText(row, text, ParseThemes(path, row, reader.GetString(themesOrdinal))));
        }

        return rows;
    }

    private static int FindColumn(CsvDataReader reader, string path, string name)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (string.Equals(reader.GetName(i).Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        var found = string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        throw new CorpusFormatException(path, null, $"the header has no '{name}' column (found: {found})");
    }

    private static string[] ParseThemes(string path, int row, string field)
    {
        var codes = field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 0)
        {
            throw new CorpusFormatException(path, row, "no theme code given");
        }

        foreach (var code in codes)
        {
            if (!ThemeTaxonomy.IsKnown(code))
            {
                throw new CorpusFormatException(
                    path, row, $"unknown theme code '{code}' (known: {string.Join(", ", ThemeTaxonomy.Codes)})");
            }
        }

        return [.. ThemeTaxonomy.Codes.Where(c => codes.Contains(c, StringComparer.OrdinalIgnoreCase))];
    }
}
