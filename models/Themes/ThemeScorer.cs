using Microsoft.ML;

namespace ComplaintsAnalytics.Models;

/// <summary>
/// The batch path shared by training (validation) and classification: featurise the batch once, then
/// one <c>Transform</c> of the scoring chain adds every theme's probability column to the same rows.
/// Holds only immutable transformers, so it is safe to use from several threads at once.
/// </summary>
internal sealed class ThemeScorer(MLContext ml, ITransformer featurizer, ITransformer scorers, IReadOnlyList<string> codes)
{
    public ITransformer Featurizer => featurizer;

    public ITransformer Scorers => scorers;

    public IReadOnlyList<string> Codes => codes;

    public static string ProbabilityColumn(string code) => "P_" + code;

    /// <summary>Probabilities per text, per theme (in <see cref="Codes"/> order).</summary>
    public float[][] Score(IReadOnlyList<string?> texts)
    {
        var result = new float[texts.Count][];
        if (texts.Count == 0)
        {
            return result;
        }

        var (vectors, size) = FeatureStore.Featurise(ml, featurizer, texts);
        var scored = scorers.Transform(FeatureStore.FeatureView(ml, vectors.Select(v => new FeatureRow { Features = v }), size));
        var columns = codes.Select(c => scored.Schema[ProbabilityColumn(c)]).ToArray();
        using var cursor = scored.GetRowCursor(columns);
        var getters = columns.Select(c => cursor.GetGetter<float>(c)).ToArray();
        var row = 0;
        while (cursor.MoveNext())
        {
            var probabilities = new float[codes.Count];
            for (var t = 0; t < getters.Length; t++)
            {
                getters[t](ref probabilities[t]);
            }

            result[row++] = probabilities;
        }

        return result;
    }
}
