namespace ComplaintsAnalytics.PowerBI;

/// <summary>The filter direction of a push-dataset relationship.</summary>
public enum CrossFilteringBehavior
{
    /// <summary>Filters flow from the one side to the many side.</summary>
    OneDirection,

    /// <summary>Filters flow both ways.</summary>
    BothDirections,

    /// <summary>The service decides.</summary>
    Automatic,
}
