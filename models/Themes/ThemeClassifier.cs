using Microsoft.ML;

namespace ComplaintsAnalytics.Models;

/// <summary>
/// Assigns benchmark themes to complaint texts with a saved theme model. Texts are featurised once per
/// batch and every theme is scored on the same features in one <c>Transform</c> over the batch.
/// Thread safety: an instance holds only immutable ML.NET transformers and builds its data views per
/// call, so <see cref="Classify"/> may be called from several threads at once (no PredictionEngine is
/// involved). Texts are expected to be redacted already.
/// </summary>
public sealed class ThemeClassifier : IDisposable
{
    /// <summary>Texts featurised and scored together; larger inputs are processed in slices of this size.</summary>
    public const int BatchSize = 1000;

    private readonly ThemeScorer _scorer;
    private bool _disposed;

    private ThemeClassifier(ThemeScorer scorer, ThemeModelInfo info)
    {
        _scorer = scorer;
        Info = info;
    }

    /// <summary>
    /// Where the model shipped with the repository lands in the output of any project referencing
    /// this one (<c>models/trained</c> beside the executable).
    /// </summary>
    public static string ShippedModelDirectory => Path.Combine(AppContext.BaseDirectory, "models", "trained");

    /// <summary>The model's version, e.g. <c>themes-20240401-1a2b3c4d</c>; store it beside every prediction.</summary>
    public string ModelVersion => Info.Version;

    /// <summary>The model's provenance, thresholds and validation metrics (<c>model.json</c>).</summary>
    public ThemeModelInfo Info { get; }

    /// <summary>Loads a model folder written by <see cref="ThemeModelTrainer.Train"/>.</summary>
    /// <exception cref="FileNotFoundException">A model file is missing.</exception>
    /// <exception cref="InvalidDataException">The model's themes do not match the taxonomy.</exception>
    public static ThemeClassifier Load(string modelDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        var info = ModelFiles.ReadManifest(modelDirectory);
        var codes = ThemeTaxonomy.Codes;
        var missing = codes.Where(c => !info.Thresholds.ContainsKey(c)).ToList();
        if (missing.Count > 0 || info.Thresholds.Count != codes.Count)
        {
            throw new InvalidDataException(
                $"The model in {modelDirectory} was trained for other themes than the taxonomy's " +
                $"(missing: {string.Join(", ", missing)}); retrain it.");
        }

        var ml = new MLContext(ThemeTrainingSettings.DefaultSeed);
        var featurizer = ml.Model.Load(RequireFile(modelDirectory, ModelFiles.Featurizer), out _);
        var scorers = ml.Model.Load(RequireFile(modelDirectory, ModelFiles.Scorers), out _);
        return new ThemeClassifier(new ThemeScorer(ml, featurizer, scorers, codes), info);
    }

    /// <summary>
    /// Predicts the themes of each text, in input order. Every prediction assigns at least one theme;
    /// a null text is read as empty.
    /// </summary>
    public IReadOnlyList<ThemePrediction> Classify(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var predictions = new List<ThemePrediction>(texts.Count);
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            var batch = texts.Skip(start).Take(BatchSize).ToList();
            foreach (var probabilities in _scorer.Score(batch))
            {
                predictions.Add(ThemeAssigner.Assign(_scorer.Codes, probabilities, Info.Thresholds));
            }
        }

        return predictions;
    }

    /// <summary>Releases the loaded transformers.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        (_scorer.Featurizer as IDisposable)?.Dispose();
        (_scorer.Scorers as IDisposable)?.Dispose();
    }

    private static string RequireFile(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The theme model in {directory} is incomplete: {name} is missing.", path);
    }
}
