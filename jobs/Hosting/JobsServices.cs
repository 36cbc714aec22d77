using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.DatabaseSources;
using ComplaintsAnalytics.Etl.Redaction;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Cli.Themes;
using ComplaintsAnalytics.Jobs.Refresh;
using ComplaintsAnalytics.Jobs.Scheduling;
using ComplaintsAnalytics.PowerBI;
using ComplaintsAnalytics.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ComplaintsAnalytics.Jobs.Hosting;

/// <summary>The composition root: configuration (appsettings.json, COMPLAINTS_ environment variables), logging and services.</summary>
internal static class JobsServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables("COMPLAINTS_")
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));

            // Logs go to stderr so that stdout carries only the tables and CSV a user asked for.
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
                o.ColorBehavior = LoggerColorBehavior.Disabled;
            });
            logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        services.AddComplaintsEtl(configuration);
        services.AddSingleton(configuration.GetSection(InboxOptions.SectionName).Get<InboxOptions>() ?? new InboxOptions());
        services.AddSingleton(configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions());
        services.AddSingleton<InboxRefresh>();
        services.AddSingleton<ComplaintsAnalytics.Etl.Statistics.StatisticsLoader>();
        services.AddSingleton<PublicStatisticsInbox>();
        services.AddThemeClassification(configuration);
        services.AddDatabaseSources(configuration);
        services.AddPowerBIPublishing(configuration);
        services.AddScheduling(configuration);
        services.AddAnnualReports(configuration);
        return services.BuildServiceProvider();
    }

    private static IServiceCollection AddComplaintsEtl(this IServiceCollection services, IConfiguration configuration)
    {
        var timescales = new TimescaleSettings();
        configuration.GetSection(TimescaleSettings.SectionName).Bind(timescales);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(timescales);
        services.AddSingleton<PersonalDataRedactor>();
        services.AddSingleton<WarehouseMigrator>();
        services.AddSingleton<CaseImport>();
        return services;
    }
}
