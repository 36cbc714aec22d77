using System.Globalization;
using ComplaintsAnalytics.Etl.Themes;
using ComplaintsAnalytics.Models;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>
/// Orders predicted stages by how close the model was to deciding otherwise: the smallest distance between
/// any theme's probability and that theme's threshold comes first. The texts are scored again with the
/// current model, which gives all nine probabilities (the bridge keeps only the assigned themes).
/// </summary>
internal static class ReviewQueue
{
    public static IReadOnlyList<Item> LeastConfident(ThemeClassifier classifier, IReadOnlyList<PredictedStage> stages, int count)
    {
        var predictions = classifier.Classify([.. stages.Select(s => s.Summary ?? string.Empty)]);
        var thresholds = classifier.Info.Thresholds;
        return [.. stages.Select((stage, i) =>
            {
                var closest = predictions[i].Scores.MinBy(s => Math.Abs(s.Probability - thresholds[s.Code]))!;
                var scores = string.Join(';', predictions[i].Scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Code}:{s.Probability:0.000}")));
                return new Item(stage, scores, closest.Code, Math.Abs(closest.Probability - thresholds[closest.Code]));
            })
            .OrderBy(item => item.Margin).ThenBy(item => item.Stage.ComplaintStageKey)
            .Take(Math.Max(0, count))];
    }

    internal sealed record Item(PredictedStage Stage, string Scores, string LeastCertainTheme, double Margin);
}
