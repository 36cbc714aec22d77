namespace ComplaintsAnalytics.Models;

/// <summary>Scores a classifier against a labelled CSV file (<c>text</c>, <c>themes</c>).</summary>
public static class ThemeEvaluator
{
    /// <summary>
    /// Classifies every text of <paramref name="labelledCsvPath"/> and compares the assigned themes with
    /// the labels. Throws <see cref="CorpusFormatException"/> when the file is malformed.
    /// </summary>
    public static ThemeEvaluation Evaluate(ThemeClassifier classifier, string labelledCsvPath)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var rows = LabelledCorpusReader.Read(labelledCsvPath);
        var predictions = classifier.Classify([.. rows.Select(r => r.Text)]);
        var evaluation = ThemeEvaluation.FromLabels(
            [.. rows.Select(r => (IReadOnlyCollection<string>)[.. r.Themes])],
            [.. predictions.Select(p => (IReadOnlyCollection<string>)[.. p.Assigned.Select(s => s.Code)])]);
        return evaluation with
        {
            ModelVersion = classifier.ModelVersion,
            TrainingCorpusSha256 = classifier.Info.CorpusSha256,
            Source = Path.GetFileName(labelledCsvPath),
            SourceSha256 = FileHash.Sha256(labelledCsvPath),
            Thresholds = classifier.Info.Thresholds,
        };
    }
}
