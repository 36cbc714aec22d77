namespace ComplaintsAnalytics.PowerBI;

/// <summary>The documented limits of Power BI push datasets.</summary>
public static class PushLimits
{
    /// <summary>Rows in a single POST rows request.</summary>
    public const int MaxRowsPerRequest = 10_000;

    /// <summary>POST rows requests per minute per dataset.</summary>
    public const int MaxRequestsPerMinute = 120;

    /// <summary>Rows added per hour per dataset.</summary>
    public const int MaxRowsPerHour = 1_000_000;

    /// <summary>From this many rows in a table on, POST rows requests are limited per hour instead.</summary>
    public const int LargeTableRows = 250_000;

    /// <summary>POST rows requests per hour per dataset once a table holds <see cref="LargeTableRows"/>.</summary>
    public const int LargeTableRequestsPerHour = 120;

    /// <summary>Characters in one string value.</summary>
    public const int MaxStringLength = 4_000;

    /// <summary>Rows a table keeps under the basicFIFO retention policy.</summary>
    public const int FifoMaxRows = 200_000;
}
