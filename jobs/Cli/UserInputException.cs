namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>A command-line mistake (a missing folder, a bad option value), reported in one line.</summary>
internal sealed class UserInputException : Exception
{
    public UserInputException(string message)
        : base(message)
    {
    }

    public UserInputException()
    {
    }

    public UserInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
