namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>
/// Predicts the themes of redacted complaint texts. The etl defines what it needs and the executable
/// supplies the model (the classifier in <c>models/</c>), so the etl carries no machine-learning dependency
/// and its tests can use a stand-in.
/// </summary>
public interface IThemePredictor
{
    /// <summary>The version of the model behind the predictions, stored beside each predicted theme.</summary>
    string ModelVersion { get; }

    /// <summary>
    /// The themes of each text, in input order, most confident first; never empty for a text. Called with
    /// batches of up to a few thousand texts.
    /// </summary>
    IReadOnlyList<IReadOnlyList<PredictedTheme>> Predict(IReadOnlyList<string> texts);
}
