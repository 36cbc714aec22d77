using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>The client wired as the application wires it, pointed at the stand-in, on a virtual clock.</summary>
internal sealed class PowerBITestHost : IDisposable
{
    public const string Secret = "s3cr3t-never-logged";
    public static readonly DateTimeOffset Tonight = new(2025, 11, 20, 2, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;
    private readonly ConcurrentQueue<SentRequest> _sent = new();

    public PowerBITestHost(PowerBIStandIn standIn, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["PowerBI:TenantId"] = "contoso.onmicrosoft.com",
            ["PowerBI:ClientId"] = "2d6c9a51-0b8e-4f3c-9a77-5e1f0c3b8d42",
            ["PowerBI:ClientSecret"] = Secret,
            ["PowerBI:BaseUrl"] = standIn.Url,
            ["PowerBI:WorkspaceId"] = PowerBIStandIn.GroupId,
            ["PowerBI:DatasetId"] = PowerBIStandIn.DatasetId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IPowerBIAccessTokenSource>(Tokens);
        services.AddPowerBIPublishing(configuration);
        services.AddHttpClient<PowerBIClient>().AddHttpMessageHandler(() => new SentRequestRecorder(Clock, _sent));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public VirtualClock Clock { get; } = new(Tonight);

    public FixedTokenSource Tokens { get; } = new(PowerBIStandIn.Token);

    public ListLoggerProvider Logs { get; } = new();

    public PowerBIClient Client => _provider.GetRequiredService<PowerBIClient>();

    /// <summary>Every attempt the client sent, retries included, at its virtual time.</summary>
    public IReadOnlyList<SentRequest> Sent => [.. _sent];

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public void Dispose() => _provider.Dispose();
}
