namespace ComplaintsAnalytics.Reports.Figures;

/// <summary>Whether a count may be printed.</summary>
public enum Protection
{
    /// <summary>Printed as it is.</summary>
    Shown,

    /// <summary>A count from 1 to 4: printed "fewer than 5".</summary>
    Small,

    /// <summary>Not small itself, but withheld so that a small count cannot be worked out from a total.</summary>
    Withheld,
}
