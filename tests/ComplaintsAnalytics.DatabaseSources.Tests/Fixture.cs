namespace ComplaintsAnalytics.DatabaseSources.Tests;

/// <summary>Paths of the fixture files copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Path(string name) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "database-sources", name);
}
