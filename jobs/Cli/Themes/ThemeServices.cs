using ComplaintsAnalytics.Etl.Themes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>Composition root of theme classification: the model, the assignment after loads, and reviews.</summary>
internal static class ThemeServices
{
    public static IServiceCollection AddThemeClassification(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ThemeModelOptions.SectionName).Get<ThemeModelOptions>() ?? new ThemeModelOptions();
        services.AddSingleton(options);
        services.AddSingleton<ThemeModelLocator>();
        services.AddSingleton<ClassifierThemePredictor>();
        services.AddSingleton<IThemePredictor>(sp => sp.GetRequiredService<ClassifierThemePredictor>());
        services.AddSingleton<ThemeAssignment>();
        services.AddSingleton<ThemeReviews>();
        return services;
    }
}
