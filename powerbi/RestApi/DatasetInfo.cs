namespace ComplaintsAnalytics.PowerBI;

/// <summary>A dataset (semantic model) of the workspace, as Get Datasets In Group lists it.</summary>
/// <param name="Id">Dataset id.</param>
/// <param name="Name">Dataset name.</param>
/// <param name="ConfiguredBy">Owner.</param>
/// <param name="IsRefreshable">Whether it can be refreshed (import mode).</param>
/// <param name="AddRowsApiEnabled">Whether it is a push dataset.</param>
/// <param name="CreatedDate">When it was created.</param>
/// <param name="WebUrl">Where it opens in the Power BI service.</param>
public sealed record DatasetInfo(
    string Id,
    string Name,
    string? ConfiguredBy,
    bool IsRefreshable,
    bool AddRowsApiEnabled,
    DateTimeOffset? CreatedDate,
    string? WebUrl);
