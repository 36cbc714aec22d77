namespace ComplaintsAnalytics.PowerBI;

/// <summary>A table of a push dataset: its name and columns (at most 75).</summary>
/// <param name="Name">Table name.</param>
/// <param name="Columns">Columns in order.</param>
public sealed record PushTableDefinition(string Name, IReadOnlyList<PushColumn> Columns);
