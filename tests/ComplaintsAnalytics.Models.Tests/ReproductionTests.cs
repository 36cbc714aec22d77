using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAnalytics.Models.Tests;

/// <summary>
/// What `train` does on a fresh clone: the shipped corpus, the shipped settings. The model it gives must
/// reproduce the shipped model's thresholds and its held-out metrics exactly (about 10 seconds).
/// </summary>
public sealed class ReproductionTests
{
    [Fact]
    public void Training_on_the_shipped_corpus_reproduces_the_shipped_model_and_its_test_metrics_exactly()
    {
        using var temp = new TempDirectory();
        using var shipped = ThemeClassifier.Load(ShippedFiles.ModelDirectory);

        var info = new ThemeModelTrainer().Train(ShippedFiles.TrainCsv, temp.Path, new FakeTimeProvider(shipped.Info.TrainedAt));
        using var retrained = ThemeClassifier.Load(temp.Path);

        Assert.Equal(shipped.ModelVersion, info.Version);
        Assert.Equal(shipped.Info.Thresholds, info.Thresholds);
        Assert.Equal(shipped.Info.FeatureCount, info.FeatureCount);
        var expected = ThemeEvaluator.Evaluate(shipped, ShippedFiles.TestCsv);
        var actual = ThemeEvaluator.Evaluate(retrained, ShippedFiles.TestCsv);
        Assert.Equal(expected.Themes, actual.Themes);
        Assert.Equal(expected.ExactMatches, actual.ExactMatches);
        Assert.Equal(expected.ToMarkdown(), File.ReadAllText(ShippedFiles.EvaluationReport));
    }
}
