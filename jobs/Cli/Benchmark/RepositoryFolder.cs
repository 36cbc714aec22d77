namespace ComplaintsAnalytics.Jobs.Cli.Benchmark;

/// <summary>Finds a folder of the repository (reference-data/dfe, tests/fixtures/benchmark) from the current directory or a parent.</summary>
internal static class RepositoryFolder
{
    public static string Find(string relative)
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new UserInputException($"The folder {relative} was not found. Run the command from the repository folder.");
    }
}
