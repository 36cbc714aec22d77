namespace ComplaintsAnalytics.Models;

/// <summary>One theme of the benchmark taxonomy.</summary>
/// <param name="Code">The short code used in data (<c>delay</c>, <c>communication</c>, ...).</param>
/// <param name="Name">The display name.</param>
/// <param name="Definition">What a complaint must be about to carry the theme.</param>
public sealed record ThemeDefinition(string Code, string Name, string Definition);
