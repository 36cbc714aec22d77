using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>The composition root of the Power BI project.</summary>
public static class PowerBIServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PowerBIPublisher"/> (refresh or push, recorded in the warehouse's run log) and
    /// the client it calls (see <see cref="AddPowerBIClient"/>). Settings are read from section
    /// <c>PowerBI</c> and validated when the publisher is first resolved, so hosts that never publish are
    /// not held to them.
    /// </summary>
    public static IServiceCollection AddPowerBIPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPowerBIClient(configuration);
        services.TryAddTransient<PowerBIPublisher>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="PowerBIClient"/> as a typed HttpClient with its settings (section <c>PowerBI</c>
    /// of <paramref name="configuration"/>, validated at start), the service-principal token source, the
    /// retry handler and the push rate limits. Register your own <see cref="IPowerBIAccessTokenSource"/> or
    /// <see cref="TimeProvider"/> first to replace them.
    /// </summary>
    public static IServiceCollection AddPowerBIClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PowerBIOptions>()
            .Bind(configuration.GetSection(PowerBIOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PowerBIOptions>, PowerBIOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPowerBIAccessTokenSource, ClientSecretAccessTokenSource>();
        services.TryAddSingleton<PushThrottle>();
        services.TryAddTransient<BearerTokenHandler>();

        // Outermost first: retries wrap the token handler, so each attempt carries a current token,
        // and the per-attempt timeout sits innermost.
        var client = services.AddHttpClient<PowerBIClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<PowerBIOptions>>().Value;
                var baseUrl = options.BaseUrl.OriginalString;
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.Timeout = Timeout.InfiniteTimeSpan;
            });
        client.AddResilienceHandler("powerbi", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<PowerBIOptions>>().Value;
                var timeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                var logger = context.ServiceProvider.GetRequiredService<ILogger<PowerBIClient>>();
                pipeline.TimeProvider = timeProvider;
                pipeline.AddRetry(PowerBIRetry.Create(options, timeProvider, logger));
            });
        client.AddHttpMessageHandler<BearerTokenHandler>()
            .AddHttpMessageHandler(provider =>
                new AttemptTimeoutHandler(provider.GetRequiredService<IOptions<PowerBIOptions>>().Value.RequestTimeout));
        return services;
    }
}
