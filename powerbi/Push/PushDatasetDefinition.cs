namespace ComplaintsAnalytics.PowerBI;

/// <summary>A push dataset: name, tables and relationships (at most 75 of each).</summary>
/// <param name="Name">Dataset name in the workspace.</param>
/// <param name="Tables">Tables.</param>
/// <param name="Relationships">Relationships between the tables.</param>
public sealed record PushDatasetDefinition(
    string Name,
    IReadOnlyList<PushTableDefinition> Tables,
    IReadOnlyList<PushRelationship> Relationships);
