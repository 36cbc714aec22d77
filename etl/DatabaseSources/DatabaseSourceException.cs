namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>A source that cannot be pulled as configured (unknown name, missing file or connection string); the message says what to fix.</summary>
public sealed class DatabaseSourceException : Exception
{
    public DatabaseSourceException(string message)
        : base(message)
    {
    }

    public DatabaseSourceException()
    {
    }

    public DatabaseSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
