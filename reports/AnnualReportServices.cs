using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Reports;

/// <summary>Composition root of the reports: the annual report generator and its settings.</summary>
public static class AnnualReportServices
{
    public static IServiceCollection AddAnnualReports(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AnnualReportOptions.SectionName).Get<AnnualReportOptions>() ?? new AnnualReportOptions();
        services.AddSingleton(options);
        services.AddSingleton<AnnualReportGenerator>();
        return services;
    }
}
