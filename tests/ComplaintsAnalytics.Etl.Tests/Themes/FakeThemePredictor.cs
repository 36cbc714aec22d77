using ComplaintsAnalytics.Etl.Themes;

namespace ComplaintsAnalytics.Etl.Tests.Themes;

/// <summary>
/// A stand-in model: "placement" texts are service then conduct, everything else communication; counts the
/// texts it was asked about and how many each call held; with <see cref="FailOnCall"/>, that call throws (a model
/// failing part-way through an assignment).
/// </summary>
internal sealed class FakeThemePredictor(string modelVersion = "fake-v1") : IThemePredictor
{
    public string ModelVersion { get; set; } = modelVersion;

    public int TextsPredicted { get; private set; }

    public List<int> Calls { get; } = [];

    public int? FailOnCall { get; set; }

    public IReadOnlyList<IReadOnlyList<PredictedTheme>> Predict(IReadOnlyList<string> texts)
    {
        Calls.Add(texts.Count);
        if (Calls.Count == FailOnCall)
        {
            throw new InvalidOperationException("The model failed.");
        }

        TextsPredicted += texts.Count;
        return [.. texts.Select(t => t.Contains("placement", StringComparison.OrdinalIgnoreCase)
            ? (IReadOnlyList<PredictedTheme>)[new("service", 0.9f), new("conduct", 0.55f)]
            : [new("communication", 0.7f)])];
    }
}
