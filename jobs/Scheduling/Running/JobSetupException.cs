namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>A job cannot run as configured (a missing folder, say): reported in one line, not retried.</summary>
internal sealed class JobSetupException : Exception
{
    public JobSetupException(string message)
        : base(message)
    {
    }

    public JobSetupException()
    {
    }

    public JobSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
