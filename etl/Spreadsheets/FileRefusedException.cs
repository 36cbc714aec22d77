namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>
/// A whole file cannot be loaded (unreadable, wrong shape, missing a required column). The message is
/// written for a data officer and is shown without a stack trace.
/// </summary>
public sealed class FileRefusedException : Exception
{
    public FileRefusedException(string message)
        : base(message)
    {
    }

    public FileRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FileRefusedException()
    {
    }
}
