namespace ComplaintsAnalytics.Models;

/// <summary>The model's probability that a text carries one theme.</summary>
/// <param name="Code">The theme code.</param>
/// <param name="Probability">The calibrated probability, 0 to 1.</param>
public sealed record ThemeScore(string Code, float Probability);
