using ComplaintsAnalytics.Jobs.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Tests.Notifications;

/// <summary>The notification services as the application registers them, from settings given in the test.</summary>
internal static class NotificationTestServices
{
    public static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFailureNotifications(configuration);
        return services.BuildServiceProvider();
    }
}
