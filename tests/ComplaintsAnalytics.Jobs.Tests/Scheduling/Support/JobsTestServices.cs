using ComplaintsAnalytics.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;

/// <summary>The scheduler's services as the application registers them (AddScheduling), from settings given in the test.</summary>
internal static class JobsTestServices
{
    public static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddScheduling(configuration);
        return services.BuildServiceProvider();
    }
}
