namespace ComplaintsAnalytics.Jobs.Scheduling.Options;

/// <summary>
/// Quartz's job store (section <c>Scheduler:Store</c>). The connection string carries a password, so it comes
/// from the environment (<c>COMPLAINTS_Scheduler__Store__ConnectionString</c>) or user secrets, never the file.
/// </summary>
internal sealed class JobStoreOptions
{
    public const string SectionName = "Scheduler:Store";

    public JobStoreKind Kind { get; set; } = JobStoreKind.InMemory;

    public string? ConnectionString { get; set; }

    /// <summary>Schema and prefix of Quartz's tables; <c>warehouse-sql/sqlserver/quartz/tables_sqlServer.sql</c> creates them under the default.</summary>
    public string TablePrefix { get; set; } = "quartz.QRTZ_";

    /// <summary>Several hosts share one store and each firing runs on one of them only.</summary>
    public bool Clustered { get; set; } = true;

    /// <summary>Let Quartz create its missing tables at start instead of a DBA running the script.</summary>
    public bool ProvisionSchema { get; set; }

    /// <summary>Hosts that share work share this name; a different name is a separate schedule in the same tables.</summary>
    public string InstanceName { get; set; } = "ComplaintsAnalytics";

    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);
}
