namespace ComplaintsAnalytics.Reports.Data;

/// <summary>The council or year asked for is not one the warehouse can report on; the message says what it holds.</summary>
public sealed class ReportScopeException : Exception
{
    public ReportScopeException(string message)
        : base(message)
    {
    }

    public ReportScopeException()
    {
    }

    public ReportScopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
