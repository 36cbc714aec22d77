namespace ComplaintsAnalytics.Models;

/// <summary>Turns nine probabilities into a prediction: themes at or over their threshold, else the top one.</summary>
internal static class ThemeAssigner
{
    public static ThemePrediction Assign(
        IReadOnlyList<string> codes, IReadOnlyList<float> probabilities, IReadOnlyDictionary<string, float> thresholds)
    {
        var scores = new ThemeScore[codes.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            scores[i] = new ThemeScore(codes[i], probabilities[i]);
        }

        // Stable order: probability descending, then taxonomy order, so ties never reorder between runs.
        var ranked = scores.Select((s, i) => (Score: s, Index: i))
            .OrderByDescending(x => x.Score.Probability).ThenBy(x => x.Index).Select(x => x.Score).ToList();
        var assigned = ranked.Where(s => s.Probability >= thresholds[s.Code]).ToList();
        if (assigned.Count == 0)
        {
            assigned.Add(ranked[0]);
        }

        return new ThemePrediction(assigned, scores);
    }
}
