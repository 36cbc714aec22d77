namespace ComplaintsAnalytics.Jobs.Scheduling.Locking;

/// <summary>Another run holds the warehouse and did not let go in the time this one was willing to wait.</summary>
internal sealed class WarehouseBusyException : Exception
{
    public WarehouseBusyException(string message)
        : base(message)
    {
    }

    public WarehouseBusyException()
    {
    }

    public WarehouseBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Who holds the warehouse, in words, when they said.</summary>
    public string? Holder { get; init; }
}
