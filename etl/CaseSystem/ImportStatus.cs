namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>The outcome of one file's import.</summary>
public enum ImportStatus
{
    /// <summary>Loaded and committed (some rows may have been rejected).</summary>
    Succeeded,

    /// <summary>The same content was loaded before; nothing was done.</summary>
    Skipped,

    /// <summary>Refused or failed; the warehouse is as it was before.</summary>
    Failed,
}
