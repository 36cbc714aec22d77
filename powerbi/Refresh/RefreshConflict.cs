using System.Net;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>Recognises the service's "a refresh is already running" answer to a refresh request.</summary>
internal static class RefreshConflict
{
    private static readonly string[] Phrases = ["already", "in progress", "another refresh", "currently running"];

    /// <summary>
    /// Enhanced refresh answers 409 Conflict; a plain refresh on shared capacity answers 400 with
    /// "Another refresh request is already executing" in the message.
    /// </summary>
    public static bool IsRefreshInProgress(HttpStatusCode status, PowerBIError error)
    {
        if (status == HttpStatusCode.Conflict)
        {
            return true;
        }

        var message = error.Message ?? "";
        return status == HttpStatusCode.BadRequest
            && Phrases.Any(phrase => message.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            && message.Contains("refresh", StringComparison.OrdinalIgnoreCase);
    }
}
