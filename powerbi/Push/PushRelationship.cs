namespace ComplaintsAnalytics.PowerBI;

/// <summary>A relationship between two push-dataset tables (many side first).</summary>
/// <param name="Name">Relationship name, unique in the dataset.</param>
/// <param name="FromTable">Table on the many side.</param>
/// <param name="FromColumn">Key column on the many side.</param>
/// <param name="ToTable">Table on the one side.</param>
/// <param name="ToColumn">Key column on the one side.</param>
/// <param name="CrossFilteringBehavior">Filter direction.</param>
public sealed record PushRelationship(
    string Name,
    string FromTable,
    string FromColumn,
    string ToTable,
    string ToColumn,
    CrossFilteringBehavior CrossFilteringBehavior = CrossFilteringBehavior.OneDirection);
