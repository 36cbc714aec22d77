namespace ComplaintsAnalytics.Models;

/// <summary>Picks the probability threshold that maximises one theme's F1 on validation rows.</summary>
internal static class ThresholdTuner
{
    public const float Lowest = 0.05f;
    public const float Highest = 0.95f;
    private const float Step = 0.01f;

    /// <summary>
    /// Tries thresholds from 0.05 to 0.95 in steps of 0.01; on a tie keeps the one nearest 0.5, so a
    /// flat stretch of the F1 curve does not pull the threshold to an extreme.
    /// </summary>
    public static (float Threshold, double F1) Tune(IReadOnlyList<float> probabilities, IReadOnlyList<bool> labels)
    {
        var best = (Threshold: 0.5f, F1: -1.0);
        for (var i = 0; Lowest + (i * Step) <= Highest + 1e-6f; i++)
        {
            var threshold = MathF.Round(Lowest + (i * Step), 2);
            var f1 = F1At(probabilities, labels, threshold);
            var better = f1 > best.F1 + 1e-12 ||
                (Math.Abs(f1 - best.F1) <= 1e-12 && Math.Abs(threshold - 0.5f) < Math.Abs(best.Threshold - 0.5f));
            if (better)
            {
                best = (threshold, f1);
            }
        }

        return best;
    }

    public static double F1At(IReadOnlyList<float> probabilities, IReadOnlyList<bool> labels, float threshold)
    {
        int tp = 0, predicted = 0, support = 0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var hit = probabilities[i] >= threshold;
            predicted += hit ? 1 : 0;
            support += labels[i] ? 1 : 0;
            tp += hit && labels[i] ? 1 : 0;
        }

        return support + predicted == 0 ? 0 : 2.0 * tp / (support + predicted);
    }
}
