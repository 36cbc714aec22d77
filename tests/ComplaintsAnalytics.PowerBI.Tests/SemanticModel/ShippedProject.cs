namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>Where the build copied the Power BI project (powerbi/ComplaintsAnalytics.*) for these tests.</summary>
internal static class ShippedProject
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "powerbi");

    public static string ProjectFile => Path.Combine(Root, "ComplaintsAnalytics.pbip");

    public static string SemanticModel => Path.Combine(Root, "ComplaintsAnalytics.SemanticModel");

    public static string Definition => Path.Combine(SemanticModel, "definition");

    public static string GitIgnore => Path.Combine(AppContext.BaseDirectory, "repository", "gitignore.txt");
}
