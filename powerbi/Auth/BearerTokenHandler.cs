using System.Net.Http.Headers;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>Puts the service principal's bearer token on every attempt of every request.</summary>
internal sealed class BearerTokenHandler(IPowerBIAccessTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
