namespace ComplaintsAnalytics.PowerBI;

/// <summary>The kind of capacity the workspace sits on; it decides the refresh API and its limits.</summary>
public enum PowerBICapacity
{
    /// <summary>Shared (Pro) capacity: plain refresh with <c>notifyOption</c>, at most eight a day.</summary>
    Shared,

    /// <summary>Premium, Premium Per User, Embedded or Fabric capacity: enhanced refresh, no daily count.</summary>
    Premium,
}
