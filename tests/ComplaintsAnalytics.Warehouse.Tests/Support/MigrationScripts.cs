using System.Globalization;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>The numbered migrations of each engine, as copied beside the test assembly.</summary>
public static class MigrationScripts
{
    public const string DuckDb = "duckdb";
    public const string SqlServer = "sqlserver";

    /// <summary>The folder of an engine's scripts; fails clearly when the copy is missing.</summary>
    public static string Folder(string engine)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "warehouse-sql", engine);
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"{folder} is missing: the test project copies ../../warehouse-sql/**/*.sql to its output.");
    }

    /// <summary>The files named <c>NNN_name.sql</c> directly in the engine's folder, in version order.</summary>
    public static IReadOnlyList<MigrationScript> For(string engine) =>
        [.. Directory.EnumerateFiles(Folder(engine), "*.sql", SearchOption.TopDirectoryOnly)
            .Select(path => System.IO.Path.GetFileName(path))
            .Where(name => char.IsAsciiDigit(name[0]))
            .Select(name => new MigrationScript(
                int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture),
                name,
                Path.Combine(Folder(engine), name)))
            .OrderBy(m => m.Version)];

    /// <summary>xunit member data: one row per T-SQL migration.</summary>
    public static TheoryData<string> SqlServerFileNames() => [.. For(SqlServer).Select(m => m.FileName)];

    public static MigrationScript SqlServerScript(string fileName) =>
        For(SqlServer).Single(m => m.FileName == fileName);
}
