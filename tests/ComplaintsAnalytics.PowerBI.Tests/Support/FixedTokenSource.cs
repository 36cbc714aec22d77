namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>A token source that never reaches Entra ID.</summary>
internal sealed class FixedTokenSource(string token) : IPowerBIAccessTokenSource
{
    public int Invalidations { get; private set; }

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    public void Invalidate() => Invalidations++;
}
