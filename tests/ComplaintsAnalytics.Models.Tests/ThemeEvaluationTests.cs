namespace ComplaintsAnalytics.Models.Tests;

public class ThemeEvaluationTests
{
    // Four texts. delay: support 2, predicted 3, TP 2. communication: 1, 1, 0. finance: 1, 1, 1.
    // conduct: 1, 0, 0. Other themes: none. Only the first text is an exact match.
    private static readonly IReadOnlyList<IReadOnlyCollection<string>> Expected =
        [["delay"], ["delay", "communication"], ["finance"], ["conduct"]];

    private static readonly IReadOnlyList<IReadOnlyCollection<string>> Predicted =
        [["delay"], ["delay"], ["finance", "delay"], ["communication"]];

    [Fact]
    public void Per_theme_figures_match_a_hand_computed_example()
    {
        var evaluation = ThemeEvaluation.FromLabels(Expected, Predicted);

        var delay = evaluation.Themes.Single(t => t.Code == "delay");
        Assert.Equal((2, 3, 2), (delay.Support, delay.Predicted, delay.TruePositives));
        Assert.Equal(2.0 / 3, delay.Precision, 12);
        Assert.Equal(1.0, delay.Recall, 12);
        Assert.Equal(0.8, delay.F1, 12);

        var conduct = evaluation.Themes.Single(t => t.Code == "conduct");
        Assert.Equal((0.0, 0.0, 0.0), (conduct.Precision, conduct.Recall, conduct.F1));
        Assert.Equal(1.0, evaluation.Themes.Single(t => t.Code == "finance").F1, 12);
        Assert.Equal(9, evaluation.Themes.Count);
    }

    [Fact]
    public void Averages_match_a_hand_computed_example()
    {
        var evaluation = ThemeEvaluation.FromLabels(Expected, Predicted);

        // Macro over the four themes that occur: (0.8 + 0 + 1 + 0) / 4.
        Assert.Equal(0.45, evaluation.MacroF1, 12);
        // Micro: 3 TP, 5 predicted, 5 labelled.
        Assert.Equal(0.6, evaluation.MicroPrecision, 12);
        Assert.Equal(0.6, evaluation.MicroRecall, 12);
        Assert.Equal(0.6, evaluation.MicroF1, 12);
        Assert.Equal(0.25, evaluation.ExactMatchRatio, 12);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ThemeEvaluation.FromLabels(Expected, Predicted.Take(3).ToList()));
    }

    [Fact]
    public void Markdown_report_lists_every_theme_the_averages_and_the_pxtextmining_comparison()
    {
        var evaluation = ThemeEvaluation.FromLabels(Expected, Predicted) with { ModelVersion = "themes-20240401-abcdef12" };

        var markdown = evaluation.ToMarkdown();

        foreach (var theme in ThemeTaxonomy.Themes)
        {
            Assert.Contains($"| {theme.Code} | {theme.Name} |", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("| delay | Delay | 2 | 3 | 0.667 | 1.000 | 0.800 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Macro F1: 0.450", markdown, StringComparison.Ordinal);
        Assert.Contains("F1 0.600", markdown, StringComparison.Ordinal);
        Assert.Contains("pxtextmining", markdown, StringComparison.Ordinal);
        Assert.Contains("0.71", markdown, StringComparison.Ordinal);
        Assert.Contains("themes-20240401-abcdef12", markdown, StringComparison.Ordinal);
    }
}
