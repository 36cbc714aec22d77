namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>CSV field quoting (RFC 4180): quotes a field holding a comma, quote or line break.</summary>
public static class Csv
{
    public static string Quote(string? text) =>
        text is null ? string.Empty
        : text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
