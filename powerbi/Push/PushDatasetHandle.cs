namespace ComplaintsAnalytics.PowerBI;

/// <summary>The push dataset that <see cref="PowerBIClient.EnsurePushDatasetAsync"/> found or created.</summary>
/// <param name="DatasetId">Its id.</param>
/// <param name="Created">True when it was created now; false when it existed and its table schemas were updated.</param>
public sealed record PushDatasetHandle(string DatasetId, bool Created);
