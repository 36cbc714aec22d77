namespace ComplaintsAnalytics.Jobs.Refresh;

/// <summary>Where the nightly refresh finds exports and the mapping profiles that may fit them (section <c>Inbox</c>).</summary>
internal sealed class InboxOptions
{
    public const string SectionName = "Inbox";

    public string InboxPath { get; set; } = "data/inbox";

    /// <summary>Folder for public statistics files (DfE, Ombudsman, other councils' returns).</summary>
    public string StatisticsPath { get; set; } = "data/inbox/statistics";

    /// <summary>Folder of mapping profiles; each file in the inbox is matched to the profile whose columns it has.</summary>
    public string ProfilesPath { get; set; } = "profiles";
}
