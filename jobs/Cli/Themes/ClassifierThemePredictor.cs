using ComplaintsAnalytics.Etl.Themes;
using ComplaintsAnalytics.Models;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>
/// The etl's <see cref="IThemePredictor"/> backed by the classifier in <c>models/</c>, loaded on first use
/// from the current model folder (see <see cref="ThemeModelLocator"/>).
/// </summary>
internal sealed class ClassifierThemePredictor(ThemeModelLocator locator) : IThemePredictor, IDisposable
{
    private readonly Lazy<ThemeClassifier> _classifier = new(() => ThemeClassifier.Load(locator.Resolve()));

    public string ModelVersion => _classifier.Value.ModelVersion;

    public ThemeClassifier Classifier => _classifier.Value;

    public IReadOnlyList<IReadOnlyList<PredictedTheme>> Predict(IReadOnlyList<string> texts) =>
        [.. _classifier.Value.Classify(texts).Select(p => (IReadOnlyList<PredictedTheme>)[.. p.Assigned.Select(s => new PredictedTheme(s.Code, s.Probability))])];

    public void Dispose()
    {
        if (_classifier.IsValueCreated)
        {
            _classifier.Value.Dispose();
        }
    }
}
