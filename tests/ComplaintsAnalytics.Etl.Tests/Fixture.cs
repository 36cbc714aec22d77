namespace ComplaintsAnalytics.Etl.Tests;

/// <summary>Paths of the fixture files copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);
}
