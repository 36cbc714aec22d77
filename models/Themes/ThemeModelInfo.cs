namespace ComplaintsAnalytics.Models;

/// <summary>What a trained theme model is and how it was made; saved as <c>model.json</c> beside it.</summary>
/// <param name="Version">
/// <c>themes-YYYYMMDD-hash8</c>: the training date and the first eight hex digits of the corpus SHA-256.
/// </param>
/// <param name="TrainedAt">When it was trained, from the injected clock.</param>
/// <param name="CorpusSha256">SHA-256 of the training corpus (CRLF read as LF).</param>
/// <param name="CorpusRows">Rows in the corpus.</param>
/// <param name="TrainingRows">Rows the shipped featuriser and scorers were fitted on (every corpus row: they are refitted once the thresholds are tuned).</param>
/// <param name="ValidationRows">Rows held out to tune thresholds and measure validation metrics.</param>
/// <param name="Seed">The ML.NET seed.</param>
/// <param name="FeatureCount">Length of the shared feature vector.</param>
/// <param name="Design">One-line description of featurisation and trainers.</param>
/// <param name="Thresholds">Per-theme probability thresholds, tuned on the validation rows for F1.</param>
/// <param name="Validation">Metrics on the validation rows with those thresholds (optimistic: tuned there).</param>
public sealed record ThemeModelInfo(
    string Version,
    DateTimeOffset TrainedAt,
    string CorpusSha256,
    int CorpusRows,
    int TrainingRows,
    int ValidationRows,
    int Seed,
    int FeatureCount,
    string Design,
    IReadOnlyDictionary<string, float> Thresholds,
    ThemeEvaluation Validation);
