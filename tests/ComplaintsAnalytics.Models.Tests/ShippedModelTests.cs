using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Models.Tests;

public sealed partial class ShippedModelTests : IDisposable
{
    private readonly ThemeClassifier _classifier = ThemeClassifier.Load(ShippedFiles.ModelDirectory);

    public void Dispose() => _classifier.Dispose();

    [Theory]
    [InlineData("The social worker was extremely rude and shouted at me in front of my children.", "conduct")]
    [InlineData("My foster allowance has not been paid for three months and I am in debt.", "finance")]
    [InlineData("The EHC needs assessment is now 10 weeks past the 20 week deadline.", "delay")]
    [InlineData("I am deaf and no interpreter was booked for the conference, no reasonable adjustments at all.", "equalities")]
    [InlineData("The assessment contains false information about me and was sent to my ex partner without consent.", "records")]
    [InlineData("I have left messages for [name] every day this week and nobody has called me back.", "communication")]
    [InlineData("The council refused to carry out an EHC needs assessment and I disagree with the decision.", "decision")]
    [InlineData("Section F of the EHCP is vague and does not reflect my son's needs.", "plans")]
    [InlineData("Our respite has been cancelled with no alternative offered.", "service")]
    public void The_shipped_model_classifies_clear_texts_to_the_expected_theme(string text, string expected)
    {
        var prediction = Assert.Single(_classifier.Classify([text]));

        Assert.Contains(expected, prediction.Assigned.Select(s => s.Code));
    }

    [Fact]
    public void At_least_one_theme_is_always_returned_even_for_empty_or_meaningless_text()
    {
        var predictions = _classifier.Classify(["", "ok", "[name] [date]", null!]);

        Assert.All(predictions, p => Assert.NotEmpty(p.Assigned));
    }

    [Fact]
    public void Scores_cover_all_nine_themes_and_assigned_themes_come_most_confident_first()
    {
        var prediction = _classifier.Classify(
            ["The SW was rude to me and my allowance has not been paid for weeks, and nobody rings back."])[0];

        Assert.Equal(ThemeTaxonomy.Codes, prediction.Scores.Select(s => s.Code));
        Assert.All(prediction.Scores, s => Assert.InRange(s.Probability, 0f, 1f));
        var assigned = prediction.Assigned.Select(s => s.Probability).ToList();
        Assert.Equal(assigned.OrderByDescending(p => p), assigned);
    }

    [Fact]
    public void Inputs_longer_than_one_batch_keep_their_order()
    {
        var texts = Enumerable.Range(0, ThemeClassifier.BatchSize + 37)
            .Select(i => i % 2 == 0 ? "The taxi never turns up so he misses school." : "My direct payments were stopped without notice.")
            .ToList();

        var predictions = _classifier.Classify(texts);

        Assert.Equal(texts.Count, predictions.Count);
        Assert.Equal(PredictionText.Of(predictions[0]), PredictionText.Of(predictions[ThemeClassifier.BatchSize]));
        Assert.Equal(PredictionText.Of(predictions[1]), PredictionText.Of(predictions[ThemeClassifier.BatchSize + 1]));
        Assert.NotEqual(predictions[0].Assigned[0].Code, predictions[1].Assigned[0].Code);
    }

    [Fact]
    public void The_shipped_model_was_trained_on_the_shipped_corpus()
    {
        var corpusHash = FileHash.Sha256(ShippedFiles.TrainCsv);

        Assert.Equal(corpusHash, _classifier.Info.CorpusSha256);
        Assert.Contains($"-{corpusHash[..8]}-", _classifier.ModelVersion, StringComparison.Ordinal);
        Assert.StartsWith("themes-", _classifier.ModelVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluating_the_shipped_model_on_test_csv_reproduces_the_published_report()
    {
        var evaluation = ThemeEvaluator.Evaluate(_classifier, ShippedFiles.TestCsv);

        var report = File.ReadAllText(ShippedFiles.EvaluationReport);
        var published = double.Parse(MacroF1().Match(report).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(published, Math.Round(evaluation.MacroF1, 3), 12);
        Assert.Contains(_classifier.ModelVersion, report, StringComparison.Ordinal);
        Assert.Equal("test.csv", evaluation.Source);
        Assert.Equal(_classifier.Info.CorpusSha256, evaluation.TrainingCorpusSha256);
    }

    [Fact]
    public void Evaluating_a_malformed_file_fails_with_a_corpus_error()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("labels.csv", "text,themes\nrude SW,conduct\nlate,delay;late\n");

        var error = Assert.Throws<CorpusFormatException>(() => ThemeEvaluator.Evaluate(_classifier, path));

        Assert.Contains("labels.csv, row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_folder_without_a_model_says_what_is_missing()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<FileNotFoundException>(() => ThemeClassifier.Load(temp.Path));

        Assert.Contains("model.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disposed_classifier_refuses_to_classify()
    {
        var classifier = ThemeClassifier.Load(ShippedFiles.ModelDirectory);
        classifier.Dispose();

        Assert.Throws<ObjectDisposedException>(() => classifier.Classify(["anything"]));
    }

    [GeneratedRegex(@"Macro F1: ([0-9.]+)")]
    private static partial Regex MacroF1();
}
