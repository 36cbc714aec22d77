namespace ComplaintsAnalytics.Models.Tests;

public class CorpusTests
{
    private static readonly IReadOnlyList<LabelledText> Train = LabelledCorpusReader.Read(ShippedFiles.TrainCsv);
    private static readonly IReadOnlyList<LabelledText> Test = LabelledCorpusReader.Read(ShippedFiles.TestCsv);

    [Fact]
    public void No_text_of_test_csv_appears_in_train_csv()
    {
        var train = Train.Select(r => Normalise(r.Text)).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(Test, r => train.Contains(Normalise(r.Text)));
    }

    [Fact]
    public void The_corpus_has_the_promised_size_and_every_theme_is_well_represented()
    {
        Assert.True(Train.Count >= 1500, $"train.csv has {Train.Count} rows");
        Assert.InRange(Test.Count, 400, 1000);
        foreach (var code in ThemeTaxonomy.Codes)
        {
            Assert.True(Train.Count(r => r.Themes.Contains(code)) >= 120, $"{code} is rare in train.csv");
            Assert.True(Test.Count(r => r.Themes.Contains(code)) >= 40, $"{code} is rare in test.csv");
        }
    }

    [Fact]
    public void The_corpus_is_redacted_like_warehouse_text_and_has_multi_theme_complaints()
    {
        string[] placeholders = ["[name]", "[email]", "[phone]", "[date]", "[address]", "[postcode]"];

        Assert.All(placeholders, p => Assert.Contains(Train, r => r.Text.Contains(p, StringComparison.OrdinalIgnoreCase)));
        Assert.True(Train.Count(r => placeholders.Any(p => r.Text.Contains(p, StringComparison.OrdinalIgnoreCase))) > Train.Count / 5);
        Assert.True(Train.Count(r => r.Themes.Count > 1) > Train.Count / 3);
    }

    private static string Normalise(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
