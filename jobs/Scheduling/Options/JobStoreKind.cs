namespace ComplaintsAnalytics.Jobs.Scheduling.Options;

/// <summary>Where Quartz keeps triggers.</summary>
internal enum JobStoreKind
{
    /// <summary>In memory, rebuilt from configuration at start; missed runs are found in <c>etl.run</c>.</summary>
    InMemory,

    /// <summary>Quartz's ADO job store on SQL Server: triggers survive restarts and several hosts share the work.</summary>
    SqlServer,
}
