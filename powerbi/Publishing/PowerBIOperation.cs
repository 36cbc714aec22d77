namespace ComplaintsAnalytics.PowerBI;

/// <summary>What a powerbi run did.</summary>
public enum PowerBIOperation
{
    /// <summary>Refreshed the import-mode semantic model.</summary>
    Refresh,

    /// <summary>Replaced the rows of the push dataset with the mart views.</summary>
    Push,
}
