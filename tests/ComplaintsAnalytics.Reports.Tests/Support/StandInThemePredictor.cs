using ComplaintsAnalytics.Etl.Themes;

namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>
/// Stands in for the theme classifier (which lives in <c>models/</c>): a theme by the first keyword a text
/// contains, communication otherwise. The report counts whatever themes the bridge holds; which model put
/// them there is the themes capability's business.
/// </summary>
internal sealed class StandInThemePredictor : IThemePredictor
{
    private static readonly (string Word, string Theme)[] Keywords =
    [
        ("delay", "delay"), ("late", "delay"), ("ehcp", "plans"), ("plan", "plans"), ("decision", "decision"),
        ("rude", "conduct"), ("record", "records"), ("money", "finance"), ("payment", "finance"), ("support", "service"),
    ];

    public string ModelVersion => "stand-in";

    public IReadOnlyList<IReadOnlyList<PredictedTheme>> Predict(IReadOnlyList<string> texts) =>
        [.. texts.Select(text =>
        {
            var lower = text.ToLowerInvariant();
            var theme = Keywords.FirstOrDefault(k => lower.Contains(k.Word, StringComparison.Ordinal)).Theme ?? "communication";
            return (IReadOnlyList<PredictedTheme>)[new PredictedTheme(theme, 0.9f)];
        })];
}
