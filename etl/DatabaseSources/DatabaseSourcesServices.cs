using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>The composition root of database sources.</summary>
public static class DatabaseSourcesServices
{
    /// <summary>
    /// Binds the <c>DatabaseSources</c> section and registers <see cref="SourcePuller"/> (it needs the
    /// <c>CaseImport</c>, <c>TimeProvider</c> and logging the host registers).
    /// </summary>
    public static IServiceCollection AddDatabaseSources(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new DatabaseSourcesOptions();
        configuration.GetSection(DatabaseSourcesOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton(new ConnectionStringResolver(configuration));
        services.AddSingleton(sp => new DatabaseSourceCatalog(sp.GetRequiredService<DatabaseSourcesOptions>(), sp.GetRequiredService<ConnectionStringResolver>()));
        services.AddSingleton<SourcePuller>();
        return services;
    }
}
