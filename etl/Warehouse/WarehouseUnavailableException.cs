namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>The warehouse cannot be opened (locked by another run, or an engine this build does not load into).</summary>
public sealed class WarehouseUnavailableException : Exception
{
    public WarehouseUnavailableException(string message)
        : base(message)
    {
    }

    public WarehouseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WarehouseUnavailableException()
    {
    }
}
