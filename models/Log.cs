using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Models;

/// <summary>Source-generated log messages of the models project (event ids 3000-3099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Training theme model on {CorpusPath} ({CorpusRows} rows: {TrainingRows} training, {ValidationRows} validation)")]
    public static partial void TrainingStarted(ILogger logger, string corpusPath, int corpusRows, int trainingRows, int validationRows);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Featurised {TrainingRows} texts into {FeatureCount} features")]
    public static partial void Featurised(ILogger logger, int trainingRows, int featureCount);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Theme {ThemeCode}: {Positives} positives, threshold {Threshold:0.00}, validation F1 {F1:0.000}")]
    public static partial void ThemeTuned(ILogger logger, string themeCode, int positives, float threshold, double f1);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information,
        Message = "Theme model {ModelVersion} saved to {OutputDirectory}: validation macro F1 {MacroF1:0.000}, micro F1 {MicroF1:0.000}, {ElapsedMs} ms")]
    public static partial void TrainingFinished(ILogger logger, string modelVersion, string outputDirectory, double macroF1, double microF1, long elapsedMs);
}
