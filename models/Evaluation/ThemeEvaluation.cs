namespace ComplaintsAnalytics.Models;

/// <summary>
/// How well predicted themes match labelled themes over a set of texts: per-theme precision, recall
/// and F1, macro F1 (the mean of per-theme F1 over themes that occur in the labels or the predictions),
/// micro precision, recall and F1 (pooled over all theme decisions) and the exact-match ratio (texts
/// whose predicted set equals the labelled set).
/// </summary>
/// <param name="Themes">Per-theme counts, in taxonomy order.</param>
/// <param name="Texts">Texts evaluated.</param>
/// <param name="ExactMatches">Texts whose predicted theme set equals the labelled set.</param>
public sealed record ThemeEvaluation(IReadOnlyList<ThemeMetrics> Themes, int Texts, int ExactMatches)
{
    /// <summary>The model version evaluated, when known.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>SHA-256 of the corpus the model was trained on, when known.</summary>
    public string? TrainingCorpusSha256 { get; init; }

    /// <summary>What was evaluated: a file name, or "validation split".</summary>
    public string? Source { get; init; }

    /// <summary>SHA-256 of the evaluated file, when it is a file.</summary>
    public string? SourceSha256 { get; init; }

    /// <summary>The per-theme probability thresholds the model applied, when known.</summary>
    public IReadOnlyDictionary<string, float>? Thresholds { get; init; }

    /// <summary>Mean F1 over themes with support or predictions.</summary>
    public double MacroF1
    {
        get
        {
            var counted = Themes.Where(t => t.Support + t.Predicted > 0).ToList();
            return counted.Count == 0 ? 0 : counted.Average(t => t.F1);
        }
    }

    /// <summary>All true positives over all predictions.</summary>
    public double MicroPrecision => Ratio(Themes.Sum(t => t.TruePositives), Themes.Sum(t => t.Predicted));

    /// <summary>All true positives over all labels.</summary>
    public double MicroRecall => Ratio(Themes.Sum(t => t.TruePositives), Themes.Sum(t => t.Support));

    /// <summary>2 x all true positives over (all labels + all predictions).</summary>
    public double MicroF1 =>
        Ratio(2 * Themes.Sum(t => t.TruePositives), Themes.Sum(t => t.Support) + Themes.Sum(t => t.Predicted));

    /// <summary>Share of texts whose predicted theme set equals the labelled set.</summary>
    public double ExactMatchRatio => Ratio(ExactMatches, Texts);

    /// <summary>
    /// Counts the metrics for labelled against predicted theme sets, one pair per text. Codes are
    /// compared case-insensitively; every theme of the taxonomy gets a row.
    /// </summary>
    public static ThemeEvaluation FromLabels(
        IReadOnlyList<IReadOnlyCollection<string>> expected, IReadOnlyList<IReadOnlyCollection<string>> predicted)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(predicted);
        if (expected.Count != predicted.Count)
        {
            throw new ArgumentException(
                $"{expected.Count} labelled texts but {predicted.Count} predictions.", nameof(predicted));
        }

        var themes = new List<ThemeMetrics>();
        foreach (var code in ThemeTaxonomy.Codes)
        {
            int support = 0, assigned = 0, both = 0;
            for (var i = 0; i < expected.Count; i++)
            {
                var isLabelled = expected[i].Contains(code, StringComparer.OrdinalIgnoreCase);
                var isPredicted = predicted[i].Contains(code, StringComparer.OrdinalIgnoreCase);
                support += isLabelled ? 1 : 0;
                assigned += isPredicted ? 1 : 0;
                both += isLabelled && isPredicted ? 1 : 0;
            }

            themes.Add(new ThemeMetrics(code, support, assigned, both));
        }

        var exact = expected.Zip(predicted).Count(p =>
            p.First.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(p.Second));
        return new ThemeEvaluation(themes, expected.Count, exact);
    }

    /// <summary>A markdown report: provenance, the per-theme table, the averages and the comparison with pxtextmining.</summary>
    public string ToMarkdown() => EvaluationMarkdown.Write(this);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
