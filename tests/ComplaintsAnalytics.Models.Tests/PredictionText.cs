using System.Globalization;

namespace ComplaintsAnalytics.Models.Tests;

/// <summary>Predictions as comparable strings (records holding lists compare by reference).</summary>
internal static class PredictionText
{
    public static string Of(ThemePrediction prediction) =>
        string.Join(";", prediction.Assigned.Select(s => s.Code)) + " | " +
        string.Join(" ", prediction.Scores.Select(s => s.Code + ":" + s.Probability.ToString("R", CultureInfo.InvariantCulture)));

    public static IReadOnlyList<string> Of(IEnumerable<ThemePrediction> predictions) => [.. predictions.Select(Of)];
}
