namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>The kinds of data a source may yield, and which of them this build can load.</summary>
public static class SourceKinds
{
    public const string Cases = "cases";
    public const string Representations = "representations";
    public const string CinReferrals = "cin-referrals";
    public const string Ehcp = "ehcp";

    public static IReadOnlyList<string> All { get; } = [Cases, Representations, CinReferrals, Ehcp];

    /// <summary>Kinds that go through the case-system conform and load path (canonical columns or a profile).</summary>
    public static bool HasLoadPath(string kind) => kind is Cases or Representations;
}
