using System.Security.Cryptography;

namespace ComplaintsAnalytics.Models.Tests;

public class ThemeModelTrainerTests(TrainedSubsetFixture trained) : IClassFixture<TrainedSubsetFixture>
{
    private static readonly string[] Probes =
    [
        "The social worker shouted at me and was rude on the phone.",
        "My foster allowance has not been paid for 3 months.",
        "Nobody returns my calls, I have had no update for weeks.",
    ];

    [Fact]
    public void Training_twice_on_the_same_corpus_gives_identical_thresholds()
    {
        Assert.Equal(trained.First.Thresholds, trained.Second.Thresholds);
        Assert.Equal(trained.First.Validation.Themes, trained.Second.Validation.Themes);
        Assert.Equal(trained.First.FeatureCount, trained.Second.FeatureCount);
    }

    [Fact]
    public void Training_twice_on_the_same_corpus_gives_identical_probabilities()
    {
        using var first = ThemeClassifier.Load(trained.FirstDirectory);
        using var second = ThemeClassifier.Load(trained.SecondDirectory);

        Assert.Equal(PredictionText.Of(first.Classify(Probes)), PredictionText.Of(second.Classify(Probes)));
    }

    [Fact]
    public void Thresholds_are_tuned_per_theme()
    {
        var thresholds = trained.First.Thresholds;

        Assert.Equal(ThemeTaxonomy.Codes, thresholds.Keys);
        Assert.All(thresholds.Values, t => Assert.InRange(t, ThresholdTuner.Lowest, ThresholdTuner.Highest));
        Assert.True(thresholds.Values.Distinct().Count() > 1, "every theme got the same threshold");
    }

    [Fact]
    public void The_validation_split_is_carved_from_the_corpus_and_measured_and_the_model_is_refitted_on_every_row()
    {
        var info = trained.First;

        Assert.Equal(900, info.CorpusRows);
        Assert.Equal(900, info.TrainingRows);
        Assert.InRange(info.ValidationRows, 120, 240);
        Assert.Equal(info.ValidationRows, info.Validation.Texts);
        Assert.Equal("validation split", info.Validation.Source);
        Assert.True(info.Validation.MacroF1 > 0.5, $"validation macro F1 {info.Validation.MacroF1}");
    }

    [Fact]
    public void The_saved_model_records_version_training_date_corpus_hash_and_metrics()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(trained.CorpusPath)));

        var saved = ThemeClassifier.Load(trained.FirstDirectory).Info;

        Assert.Equal(hash, saved.CorpusSha256);
        Assert.Matches($"^themes-20240401-{hash[..8]}-[0-9a-f]{{6}}$", saved.Version);
        Assert.Equal(TrainedSubsetFixture.TrainingDate, saved.TrainedAt);
        Assert.Equal(trained.First.Thresholds, saved.Thresholds);
        Assert.Equal(trained.First.Validation.MacroF1, saved.Validation.MacroF1, 12);
        Assert.Equal(ThemeTrainingSettings.DefaultSeed, saved.Seed);
        Assert.True(File.Exists(Path.Combine(trained.FirstDirectory, "model.json")));
    }

    [Fact]
    public void The_version_changes_with_the_training_date_only_in_its_date_part()
    {
        Assert.Equal(trained.First.Version["themes-20240401".Length..], trained.Second.Version["themes-20240402".Length..]);
        Assert.StartsWith("themes-20240402-", trained.Second.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_on_a_malformed_corpus_fails_with_the_corpus_error()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bad.csv", "text,themes\nsomething,lateness\n");

        var error = Assert.Throws<CorpusFormatException>(
            () => new ThemeModelTrainer().Train(path, temp.Path, TimeProvider.System));

        Assert.Contains("unknown theme code 'lateness'", error.Message, StringComparison.Ordinal);
    }
}
