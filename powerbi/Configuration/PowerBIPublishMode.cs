namespace ComplaintsAnalytics.PowerBI;

/// <summary>How the warehouse reaches Power BI after the nightly load (setting <c>PowerBI:PublishMode</c>).</summary>
public enum PowerBIPublishMode
{
    /// <summary>Power BI reads the warehouse itself (through a gateway when it is on the council's network): refresh the import-mode semantic model.</summary>
    Refresh,

    /// <summary>Power BI cannot reach the warehouse: push the mart views into a push dataset.</summary>
    Push,
}
