namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// The <c>DatabaseSources</c> configuration section: the case-system databases the nightly job pulls
/// from, keyed by source name. Connection strings are never here: each source names one that comes from
/// the environment or user secrets (<c>ConnectionStrings:&lt;name&gt;</c>).
/// </summary>
public sealed class DatabaseSourcesOptions
{
    public const string SectionName = "DatabaseSources";

    public Dictionary<string, DatabaseSourceOptions> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
