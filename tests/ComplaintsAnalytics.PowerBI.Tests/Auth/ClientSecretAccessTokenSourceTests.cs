using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.PowerBI.Tests;

public sealed class ClientSecretAccessTokenSourceTests
{
    private static readonly DateTimeOffset Start = new(2025, 11, 20, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Token_is_asked_for_the_power_bi_scope_and_reused_until_five_minutes_before_it_expires()
    {
        var clock = new VirtualClock(Start);
        var credential = new CountingCredential(clock, TimeSpan.FromMinutes(60));
        using var source = new ClientSecretAccessTokenSource(credential, clock, NullLogger<ClientSecretAccessTokenSource>.Instance);

        var first = await source.GetAccessTokenAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMinutes(54), clock);
        var reused = await source.GetAccessTokenAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMinutes(1), clock);
        var renewed = await source.GetAccessTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", reused);
        Assert.Equal("token-2", renewed);
        Assert.Equal(["https://analysis.windows.net/powerbi/api/.default"], credential.Scopes.Distinct());
    }

    [Fact]
    public async Task Invalidated_token_is_fetched_again()
    {
        var clock = new VirtualClock(Start);
        var credential = new CountingCredential(clock, TimeSpan.FromMinutes(60));
        using var source = new ClientSecretAccessTokenSource(credential, clock, NullLogger<ClientSecretAccessTokenSource>.Instance);

        await source.GetAccessTokenAsync(CancellationToken.None);
        source.Invalidate();

        Assert.Equal("token-2", await source.GetAccessTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Entra_refusal_is_a_configuration_error_naming_the_settings()
    {
        var clock = new VirtualClock(Start);
        using var source = new ClientSecretAccessTokenSource(new RefusingCredential(), clock, NullLogger<ClientSecretAccessTokenSource>.Instance);

        var error = await Assert.ThrowsAsync<PowerBIConfigurationException>(() => source.GetAccessTokenAsync(CancellationToken.None).AsTask());

        Assert.StartsWith(
            "Entra ID refused the Power BI service principal. Check PowerBI:TenantId, PowerBI:ClientId and PowerBI:ClientSecret",
            error.Message,
            StringComparison.Ordinal);
        Assert.EndsWith("AADSTS7000215: Invalid client secret provided.", error.Message, StringComparison.Ordinal);
    }

    private sealed class CountingCredential(TimeProvider clock, TimeSpan lifetime) : TokenCredential
    {
        private int _issued;

        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            _issued++;
            return ValueTask.FromResult(new AccessToken($"token-{_issued}", clock.GetUtcNow() + lifetime));
        }
    }

    private sealed class RefusingCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("AADSTS7000215: Invalid client secret provided.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("AADSTS7000215: Invalid client secret provided.");
    }
}
