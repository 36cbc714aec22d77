namespace ComplaintsAnalytics.PowerBI;

/// <summary>Gives the bearer token sent to the Power BI REST API.</summary>
public interface IPowerBIAccessTokenSource
{
    /// <summary>A token valid for at least a few more minutes.</summary>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>Forgets a cached token, after the service refused it.</summary>
    void Invalidate();
}
