using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// Service-principal tokens from Entra ID through <see cref="ClientSecretCredential"/>, cached until
/// five minutes before they expire.
/// </summary>
internal sealed class ClientSecretAccessTokenSource : IPowerBIAccessTokenSource, IDisposable
{
    /// <summary>The scope of the Power BI REST API for an app-only token.</summary>
    public const string Scope = "https://analysis.windows.net/powerbi/api/.default";

    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ClientSecretAccessTokenSource> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    // A reference, so a reader on another thread never sees half of a token being replaced.
    private CachedToken? _cached;

    public ClientSecretAccessTokenSource(
        IOptions<PowerBIOptions> options,
        TimeProvider timeProvider,
        ILogger<ClientSecretAccessTokenSource> logger)
        : this(CreateCredential(options.Value), timeProvider, logger)
    {
    }

    internal ClientSecretAccessTokenSource(
        TokenCredential credential,
        TimeProvider timeProvider,
        ILogger<ClientSecretAccessTokenSource> logger)
    {
        _credential = credential;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_cached) is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } again)
            {
                return again;
            }

            var acquired = await AcquireAsync(cancellationToken);
            _cached = new CachedToken(acquired.Token, acquired.ExpiresOn);
            Log.AccessTokenAcquired(_logger, acquired.ExpiresOn);
            return acquired.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public void Dispose() => _gate.Dispose();

    private string? Fresh(CachedToken? token) =>
        token is not null && _timeProvider.GetUtcNow() < token.ExpiresOn - RenewBeforeExpiry ? token.Token : null;

    private async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
        }
        catch (AuthenticationFailedException exception)
        {
            // Entra ID's own message says which of tenant, client id or secret it rejected; it holds no secret.
            throw new PowerBIConfigurationException(
                "Entra ID refused the Power BI service principal. Check PowerBI:TenantId, PowerBI:ClientId and " +
                "PowerBI:ClientSecret (COMPLAINTS_PowerBI__ClientSecret; secrets expire), and PowerBI:AuthorityHost " +
                "for a national cloud. Entra ID said: " + exception.Message,
                exception);
        }
    }

    private static ClientSecretCredential CreateCredential(PowerBIOptions options)
    {
        var credentialOptions = new ClientSecretCredentialOptions();
        if (options.AuthorityHost is { } authority)
        {
            credentialOptions.AuthorityHost = authority;
        }

        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, credentialOptions);
    }

    private sealed record CachedToken(string Token, DateTimeOffset ExpiresOn);
}
