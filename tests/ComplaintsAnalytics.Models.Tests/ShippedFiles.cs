namespace ComplaintsAnalytics.Models.Tests;

/// <summary>The corpus, model and report as copied beside the test assembly by the models project.</summary>
internal static class ShippedFiles
{
    public static string ModelDirectory => ThemeClassifier.ShippedModelDirectory;

    public static string TrainCsv => Path.Combine(AppContext.BaseDirectory, "models", "corpus", "train.csv");

    public static string TestCsv => Path.Combine(AppContext.BaseDirectory, "models", "corpus", "test.csv");

    public static string EvaluationReport => Path.Combine(AppContext.BaseDirectory, "models", "evaluation.md");
}
