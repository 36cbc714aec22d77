using Microsoft.Extensions.Configuration;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// Finds a source's connection string by name under <c>ConnectionStrings</c>: the application's configuration
/// first (appsettings, <c>COMPLAINTS_ConnectionStrings__name</c>), then the user secrets store with id
/// <see cref="UserSecretsId"/>. The value is a secret: it is passed to the provider and never logged.
/// </summary>
public sealed class ConnectionStringResolver
{
    /// <summary>The user-secrets id: <c>dotnet user-secrets set "ConnectionStrings:name" "..." --id complaints-analytics</c>.</summary>
    public const string UserSecretsId = "complaints-analytics";

    private readonly IConfiguration _configuration;
    private readonly Lazy<IConfiguration> _userSecrets;

    public ConnectionStringResolver(IConfiguration configuration)
    {
        _configuration = configuration;
        _userSecrets = new Lazy<IConfiguration>(() => new ConfigurationBuilder().AddUserSecrets(UserSecretsId).Build());
    }

    /// <summary>With a given second store in place of the user secrets (tests, or a host that keeps secrets elsewhere).</summary>
    public ConnectionStringResolver(IConfiguration configuration, IConfiguration userSecrets)
    {
        _configuration = configuration;
        _userSecrets = new Lazy<IConfiguration>(userSecrets);
    }

    public string? Find(string name) =>
        NonEmpty(_configuration.GetConnectionString(name)) ?? NonEmpty(_userSecrets.Value.GetConnectionString(name));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
