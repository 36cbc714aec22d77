namespace ComplaintsAnalytics.Models.Tests;

public class ThresholdAndAssignmentTests
{
    private static readonly Dictionary<string, float> Thresholds =
        ThemeTaxonomy.Codes.ToDictionary(c => c, c => c == "finance" ? 0.3f : 0.6f);

    [Fact]
    public void Threshold_tuning_finds_the_threshold_that_separates_the_classes()
    {
        float[] probabilities = [0.05f, 0.10f, 0.20f, 0.70f, 0.80f, 0.90f];
        bool[] labels = [false, false, false, true, true, true];

        var (threshold, f1) = ThresholdTuner.Tune(probabilities, labels);

        Assert.Equal(1.0, f1, 12);
        // Every threshold in (0.20, 0.70] separates perfectly; the one nearest 0.5 is kept.
        Assert.Equal(0.5f, threshold);
    }

    [Fact]
    public void Threshold_tuning_trades_precision_for_recall_by_f1()
    {
        float[] probabilities = [0.30f, 0.35f, 0.40f, 0.45f, 0.92f];
        bool[] labels = [true, true, false, false, true];

        var (threshold, f1) = ThresholdTuner.Tune(probabilities, labels);

        // F1 = 2TP / (support + predicted): up to 0.30 all five are taken, 6/8 = 0.75; just above, 4/7;
        // above 0.35, 2/6; above 0.40, 2/5; above 0.45, 2/4. Best: any threshold up to 0.30, nearest 0.5 is 0.30.
        Assert.Equal(0.75, f1, 12);
        Assert.Equal(0.30f, threshold);
    }

    [Fact]
    public void At_least_one_theme_is_assigned_when_none_reaches_its_threshold()
    {
        float[] probabilities = [0.1f, 0.2f, 0.05f, 0.4f, 0.1f, 0.1f, 0.1f, 0.1f, 0.25f];

        var prediction = ThemeAssigner.Assign(ThemeTaxonomy.Codes, probabilities, Thresholds);

        var only = Assert.Single(prediction.Assigned);
        Assert.Equal(new ThemeScore("decision", 0.4f), only);
        Assert.Equal(9, prediction.Scores.Count);
    }

    [Fact]
    public void Assigned_themes_are_those_over_their_own_threshold_most_confident_first()
    {
        float[] probabilities = [0.65f, 0.2f, 0.05f, 0.9f, 0.1f, 0.1f, 0.1f, 0.1f, 0.35f];

        var prediction = ThemeAssigner.Assign(ThemeTaxonomy.Codes, probabilities, Thresholds);

        Assert.Equal(["decision", "delay", "finance"], prediction.Assigned.Select(s => s.Code));
        Assert.Equal(ThemeTaxonomy.Codes, prediction.Scores.Select(s => s.Code));
    }
}
