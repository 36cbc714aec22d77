namespace ComplaintsAnalytics.Jobs.Scheduling.Running;

/// <summary>Thrown out of a job so that Quartz retries it under the back-off policy; carries the run's message.</summary>
internal sealed class TransientJobException : Exception
{
    public TransientJobException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public TransientJobException()
    {
    }

    public TransientJobException(string message)
        : base(message)
    {
    }
}
