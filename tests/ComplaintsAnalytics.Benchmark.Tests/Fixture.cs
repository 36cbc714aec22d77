namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary>Paths of the fixture and reference files copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Benchmark(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "fixtures", "benchmark", .. parts]);

    public static string Dfe(string file) => Path.Combine(AppContext.BaseDirectory, "reference-data", "dfe", file);

    public static string C1 => Dfe("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");

    public static string Population => Dfe("ons_mid-year_population_estimates_2012_to_2024.csv");

    public static string ReturnsSample => Benchmark("returns", "benchmark-returns-sample.csv");

    /// <summary>The repository root (for the demo refresh, which finds demo/ and reference-data/ from the working folder).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (Directory.Exists(Path.Combine(directory.FullName, "reference-data", "dfe")) && Directory.Exists(Path.Combine(directory.FullName, "demo")))
                {
                    return directory.FullName;
                }
            }

            throw new DirectoryNotFoundException("The repository root (with reference-data/dfe and demo) was not found above the test assembly.");
        }
    }
}
