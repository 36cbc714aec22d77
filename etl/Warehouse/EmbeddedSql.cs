using System.Reflection;

namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>Reads the .sql files under warehouse-sql/, embedded in this assembly.</summary>
public static class EmbeddedSql
{
    private const string Prefix = "warehouse-sql/";
    private static readonly Assembly Assembly = typeof(EmbeddedSql).Assembly;

    /// <summary>The text of <paramref name="relativePath"/> (e.g. <c>duckdb/load/merge_complaint_stages.sql</c>).</summary>
    public static string Read(string relativePath)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + relativePath)
            ?? throw new InvalidOperationException($"The SQL script warehouse-sql/{relativePath} is not embedded in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The numbered migration scripts for an engine folder, in order.</summary>
    public static IReadOnlyList<(int Version, string Name)> Migrations(string engine) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"{Prefix}{engine}/", StringComparison.Ordinal) && n.Count(c => c == '/') == 2)
            .Select(n => n[(Prefix.Length + engine.Length + 1)..])
            .Where(n => n.Length > 4 && char.IsAsciiDigit(n[0]))
            .Select(n => (int.Parse(n[..n.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture), n))
            .OrderBy(m => m.Item1)
            .ToList();
}
