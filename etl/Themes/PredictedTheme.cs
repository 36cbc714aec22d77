namespace ComplaintsAnalytics.Etl.Themes;

/// <summary>A theme the model assigned to a text, with its probability.</summary>
/// <param name="Code">The theme code.</param>
/// <param name="Probability">The model's probability, 0 to 1.</param>
public sealed record PredictedTheme(string Code, float Probability);
