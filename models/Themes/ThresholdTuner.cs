namespace ComplaintsAnalytics.Models;

/// <summary>Picks the probability threshold that maximises one theme's F1 on validation rows.</summary>
internal static class ThresholdTuner
{
    public const float Lowest = 0.05f;
    public const float Highest = 0.95f;

    /// <summary>How far below the best validation F1 a threshold may be and still count as best.</summary>
    public const double Tolerance = 0.01;

    private const float Step = 0.01f;

    /// <summary>
    /// Tries thresholds from 0.05 to 0.95 in steps of 0.01 and, among those whose F1 is within
    /// <see cref="Tolerance"/> of the best, keeps the one nearest 0.5. Validation rows resemble the
    /// training rows more than new text does, so the F1 curve is flat over a wide range; its extreme end
    /// is an artefact of that resemblance, not a better threshold.
    /// </summary>
    public static (float Threshold, double F1) Tune(IReadOnlyList<float> probabilities, IReadOnlyList<bool> labels)
    {
        var curve = new List<(float Threshold, double F1)>();
        for (var i = 0; Lowest + (i * Step) <= Highest + 1e-6f; i++)
        {
            var threshold = MathF.Round(Lowest + (i * Step), 2);
            curve.Add((threshold, F1At(probabilities, labels, threshold)));
        }

        var best = curve.Max(c => c.F1);
        return curve.Where(c => c.F1 >= best - Tolerance - 1e-12)
            .OrderBy(c => Math.Abs(c.Threshold - 0.5f)).ThenBy(c => c.Threshold).First();
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
