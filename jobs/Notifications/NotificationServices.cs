using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>The failure notifications' composition root.</summary>
internal static class NotificationServices
{
    public static IServiceCollection AddFailureNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();

        // No request logging: it would write the webhook URL, which carries the webhook's secret, to the log.
        services.AddHttpClient(WebhookChannel.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<IFailureChannel, WebhookChannel>();
        services.AddSingleton<IFailureChannel, SmtpChannel>();
        services.AddSingleton<FailureNotifier>();
        return services;
    }
}
