namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>Finds the repository's demo/ folder from the current directory or one of its parents.</summary>
internal static class DemoFolder
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "demo", "inbox");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(directory.FullName, "demo");
            }
        }

        throw new UserInputException("The demo data (demo/inbox) was not found. Run the command from the repository folder.");
    }
}
