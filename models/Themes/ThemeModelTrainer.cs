using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ComplaintsAnalytics.Models;

/// <summary>
/// Trains the theme model from a labelled corpus: fits the shared featuriser on the training rows,
/// one logistic regression per theme on the same features, tunes each theme's threshold for F1 on a
/// validation split carved from the corpus by text hash, refits featuriser and regressions on every row of
/// the corpus with those thresholds, and saves the model folder
/// (<c>featurizer.zip</c>, <c>scorers.zip</c>, <c>model.json</c>). Same corpus, same model: the seed is
/// fixed and every trainer runs on one thread.
/// </summary>
public sealed class ThemeModelTrainer
{
    private readonly ILogger _logger;
    private readonly ThemeTrainingSettings _settings;

    /// <summary>Creates a trainer with the shipped settings.</summary>
    public ThemeModelTrainer(ILogger<ThemeModelTrainer>? logger = null)
        : this(new ThemeTrainingSettings(), logger)
    {
    }

    internal ThemeModelTrainer(ThemeTrainingSettings settings, ILogger? logger = null)
    {
        _settings = settings;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Trains on <paramref name="corpusCsvPath"/> and writes the model folder to
    /// <paramref name="outputDirectory"/> (created if needed; existing model files are replaced).
    /// </summary>
    /// <param name="corpusCsvPath">Labelled CSV: <c>text</c>, <c>themes</c> (codes separated by <c>;</c>).</param>
    /// <param name="outputDirectory">Where the model folder goes.</param>
    /// <param name="clock">Source of the training date in the version and <c>model.json</c>.</param>
    /// <returns>The saved model's description, thresholds and validation metrics.</returns>
    public ThemeModelInfo Train(string corpusCsvPath, string outputDirectory, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(clock);
        var started = clock.GetTimestamp();
        var corpus = LabelledCorpusReader.Read(corpusCsvPath);
        var corpusHash = FileHash.Sha256(corpusCsvPath);
        var (training, validation) = ValidationSplit.Split(corpus, _settings.ValidationShare);
        if (training.Count == 0 || validation.Count == 0)
        {
            throw new CorpusFormatException(corpusCsvPath, null,
                $"{corpus.Count} rows are too few to carve a validation split from");
        }

        Log.TrainingStarted(_logger, corpusCsvPath, corpus.Count, training.Count, validation.Count);
        var codes = ThemeTaxonomy.Codes;
        var ml = new MLContext(_settings.Seed);
        var (textView, featurizer, scorers, size) = Fit(ml, codes, training);
        var probabilities = new ThemeScorer(ml, featurizer, scorers, codes).Score([.. validation.Select(r => r.Text)]);
        var thresholds = TuneThresholds(codes, validation, probabilities);
        var validationMetrics = ThemeEvaluation.FromLabels(
            [.. validation.Select(r => (IReadOnlyCollection<string>)[.. r.Themes])],
            [.. probabilities.Select(p => (IReadOnlyCollection<string>)[.. ThemeAssigner.Assign(codes, p, thresholds).Assigned.Select(s => s.Code)])]);
        var final = training;
        if (_settings.RefitOnAllRows)
        {
            // The split was needed to tune thresholds; the shipped model learns from every row (about +0.005 dev macro F1).
            final = corpus;
            (textView, featurizer, scorers, size) = Fit(ml, codes, final);
        }

        var trainedAt = clock.GetUtcNow();
        // The design part tells apart models trained on the same corpus with other settings or another lexicon, so a
        // retrained model's predictions never pass for the previous model's in the warehouse.
        var version = $"themes-{trainedAt:yyyyMMdd}-{corpusHash[..8]}-{DesignHash()[..6]}";
        var info = new ThemeModelInfo(version, trainedAt, corpusHash, corpus.Count, final.Count, validation.Count,
            _settings.Seed, size, _settings.Describe(), thresholds,
            validationMetrics with
            {
                ModelVersion = version,
                TrainingCorpusSha256 = corpusHash,
                Source = "validation split",
                Thresholds = thresholds,
            });

        Directory.CreateDirectory(outputDirectory);
        ml.Model.Save(featurizer, textView.Schema, Path.Combine(outputDirectory, ModelFiles.Featurizer));
        ml.Model.Save(scorers, FeatureStore.FeatureView(ml, [], size).Schema, Path.Combine(outputDirectory, ModelFiles.Scorers));
        ModelFiles.WriteManifest(outputDirectory, info);
        var elapsedMs = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        Log.TrainingFinished(_logger, version, outputDirectory, validationMetrics.MacroF1, validationMetrics.MicroF1, elapsedMs);
        return info;
    }

    /// <summary>SHA-256 of the settings' description and the concept lexicon: what, besides the corpus, shapes the model.</summary>
    private string DesignHash()
    {
        var lexicon = string.Join('\n', ConceptLexicon.Entries.Select(e => e.Tag + ":" + string.Join('|', e.Phrases)));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_settings.Describe() + "\n" + lexicon)));
    }

    private (IDataView TextView, ITransformer Featurizer, TransformerChain<ITransformer> Scorers, int Size) Fit(
        MLContext ml, IReadOnlyList<string> codes, IReadOnlyList<LabelledText> rows)
    {
        var textView = FeatureStore.TextView(ml, rows.Select(r => r.Text));
        var featurizer = TextFeaturizer.Build(ml, _settings).Fit(textView);
        var (vectors, size) = FeatureStore.Featurise(featurizer, textView, rows.Count);
        Log.Featurised(_logger, rows.Count, size);
        return (textView, featurizer, FitScorers(ml, codes, rows, vectors, size), size);
    }

    private TransformerChain<ITransformer> FitScorers(
        MLContext ml, IReadOnlyList<string> codes, IReadOnlyList<LabelledText> training, VBuffer<float>[] vectors, int size)
    {
        var transformers = new List<ITransformer>();
        foreach (var code in codes)
        {
            var view = FeatureStore.FeatureView(ml, training.Select((r, i) => new FeatureRow
            {
                Features = vectors[i],
                Label = r.Themes.Contains(code),
            }), size);
            var model = CreateTrainer(ml).Fit(view);
            var copy = ml.Transforms.CopyColumns(ThemeScorer.ProbabilityColumn(code), "Probability").Fit(model.Transform(view));
            transformers.Add(model);
            transformers.Add(copy);
        }

        return new TransformerChain<ITransformer>([.. transformers]);
    }

    private IEstimator<ITransformer> CreateTrainer(MLContext ml) => _settings.UseSdca
        ? ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = TextFeaturizer.FeaturesColumn,
            L1Regularization = _settings.L1,
            L2Regularization = _settings.L2,
            NumberOfThreads = 1,
            Shuffle = false,
        })
        : ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = TextFeaturizer.FeaturesColumn,
            L1Regularization = _settings.L1,
            L2Regularization = _settings.L2,
            NumberOfThreads = 1,
        });

    private Dictionary<string, float> TuneThresholds(
        IReadOnlyList<string> codes, IReadOnlyList<LabelledText> validation, float[][] probabilities)
    {
        var thresholds = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var t = 0; t < codes.Count; t++)
        {
            var labels = validation.Select(r => r.Themes.Contains(codes[t])).ToArray();
            var (threshold, f1) = ThresholdTuner.Tune([.. probabilities.Select(p => p[t])], labels);
            thresholds[codes[t]] = threshold;
            var positives = labels.Count(l => l);
            Log.ThemeTuned(_logger, codes[t], positives, threshold, f1);
        }

        return thresholds;
    }
}
