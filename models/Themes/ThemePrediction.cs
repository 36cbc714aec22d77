namespace ComplaintsAnalytics.Models;

/// <summary>The themes predicted for one text.</summary>
/// <param name="Assigned">
/// The themes whose probability reached their tuned threshold, most confident first; never empty:
/// when no theme reaches its threshold, the single top-scoring theme.
/// </param>
/// <param name="Scores">All nine themes with their probabilities, in taxonomy order.</param>
public sealed record ThemePrediction(IReadOnlyList<ThemeScore> Assigned, IReadOnlyList<ThemeScore> Scores);
