using System.Net;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>Power BI answered with an error that is not a configuration problem and was not retried away.</summary>
public sealed class PowerBIApiException : Exception
{
    /// <summary>Creates the exception for an error response.</summary>
    public PowerBIApiException(string message, HttpStatusCode statusCode, string? errorCode, string? requestId)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RequestId = requestId;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public PowerBIApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public PowerBIApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public PowerBIApiException()
    {
    }

    /// <summary>HTTP status of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>error.code</c> of the response body, when there is one.</summary>
    public string? ErrorCode { get; }

    /// <summary>The <c>x-ms-request-id</c> of the response, for a support ticket.</summary>
    public string? RequestId { get; }
}
