namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>One case-system file to load, the profile that maps it, and whether to reload a file already loaded.</summary>
public sealed record CaseImportRequest(string FilePath, MappingProfile Profile, bool Force = false);
