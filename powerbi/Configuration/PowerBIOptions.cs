using System.Globalization;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// Settings of the Power BI REST client, bound from the <c>PowerBI</c> section
/// (environment: <c>COMPLAINTS_PowerBI__ClientSecret</c> and so on).
/// </summary>
public sealed class PowerBIOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "PowerBI";

    /// <summary>Entra ID tenant (directory) id, or its primary domain.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Application (client) id of the app registration acting as service principal.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Client secret of the app registration. From environment or user secrets only; never logged.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>Root of the REST API; tests point it at a loopback stand-in.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.powerbi.com/");

    /// <summary>Entra ID authority host; empty for the public cloud.</summary>
    public Uri? AuthorityHost { get; set; }

    /// <summary>Workspace (group) id.</summary>
    public string WorkspaceId { get; set; } = "";

    /// <summary>Id of the import-mode semantic model that <c>powerbi refresh</c> refreshes.</summary>
    public string DatasetId { get; set; } = "";

    /// <summary>What the nightly job publishes: a refresh of <see cref="DatasetId"/>, or a push of the mart views.</summary>
    public PowerBIPublishMode PublishMode { get; set; } = PowerBIPublishMode.Refresh;

    /// <summary>Shared or Premium: chooses plain or enhanced refresh and whether the daily limit applies.</summary>
    public PowerBICapacity Capacity { get; set; } = PowerBICapacity.Shared;

    /// <summary>Enhanced refresh settings, used on Premium.</summary>
    public EnhancedRefreshOptions EnhancedRefresh { get; } = new();

    /// <summary>Time between two looks at a running refresh.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a refresh to finish before reporting it as timed out.</summary>
    public TimeSpan RefreshTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Refreshes a dataset may start in a day on shared capacity (scheduled ones included).</summary>
    public int DailyRefreshLimit { get; set; } = 8;

    /// <summary>Push-dataset settings.</summary>
    public PushOptions Push { get; } = new();

    /// <summary>Longest wait for one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Retries of a transient failure (429, 503, 5xx on reads, network errors).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First back-off delay; it doubles with each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Describes the settings without the client secret.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"PowerBI {{ TenantId = {TenantId}, ClientId = {ClientId}, ClientSecret = {(ClientSecret.Length > 0 ? "(set)" : "(not set)")}, " +
        $"BaseUrl = {BaseUrl}, WorkspaceId = {WorkspaceId}, DatasetId = {DatasetId}, Capacity = {Capacity} }}");
}
