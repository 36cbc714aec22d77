using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.PowerBI.Tests;

public sealed class PowerBIOptionsTests
{
    [Fact]
    public void Settings_bind_from_the_power_bi_section_including_nested_ones()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["PowerBI:TenantId"] = "contoso.onmicrosoft.com",
            ["PowerBI:ClientId"] = "2d6c9a51-0b8e-4f3c-9a77-5e1f0c3b8d42",
            ["PowerBI:ClientSecret"] = "s3cr3t",
            ["PowerBI:WorkspaceId"] = "f089354e-8366-4e18-aea3-4cb4a3a50b48",
            ["PowerBI:DatasetId"] = "cfafbeb1-8037-4d0c-896e-a46fb27ff229",
            ["PowerBI:Capacity"] = "Premium",
            ["PowerBI:PollInterval"] = "00:00:15",
            ["PowerBI:EnhancedRefresh:Type"] = "DataOnly",
            ["PowerBI:EnhancedRefresh:CommitMode"] = "partialBatch",
            ["PowerBI:EnhancedRefresh:Objects:0:Table"] = "complaint_stage",
            ["PowerBI:Push:BatchSize"] = "5000",
            ["PowerBI:Push:RetentionPolicy"] = "BasicFifo",
        });

        Assert.Equal(PowerBICapacity.Premium, options.Capacity);
        Assert.Equal(new Uri("https://api.powerbi.com/"), options.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(15), options.PollInterval);
        Assert.Equal(TimeSpan.FromHours(2), options.RefreshTimeout);
        Assert.Equal(8, options.DailyRefreshLimit);
        Assert.Equal("DataOnly", options.EnhancedRefresh.Type);
        Assert.Equal("partialBatch", options.EnhancedRefresh.CommitMode);
        Assert.Equal("complaint_stage", Assert.Single(options.EnhancedRefresh.Objects).Table);
        Assert.Equal(5_000, options.Push.BatchSize);
        Assert.Equal(120, options.Push.RequestsPerMinute);
        Assert.Equal(PushRetentionPolicy.BasicFifo, options.Push.RetentionPolicy);
    }

    [Fact]
    public void Validation_names_every_wrong_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new Dictionary<string, string?>
        {
            ["PowerBI:ClientId"] = "my-app",
            ["PowerBI:WorkspaceId"] = "Complaints workspace",
            ["PowerBI:PollInterval"] = "00:00:00",
            ["PowerBI:DailyRefreshLimit"] = "0",
            ["PowerBI:EnhancedRefresh:Type"] = "Incremental",
            ["PowerBI:Push:BatchSize"] = "20000",
            ["PowerBI:Push:RequestsPerMinute"] = "500",
        }));

        Assert.Equal(
            [
                "PowerBI:TenantId is not set: it must be the Entra ID tenant id.",
                "PowerBI:ClientId must be the application (client) id of the app registration, a GUID; got 'my-app'.",
                "PowerBI:ClientSecret is not set: put the app registration's secret in the environment (COMPLAINTS_PowerBI__ClientSecret) or user secrets, never in appsettings.json.",
                "PowerBI:WorkspaceId must be the workspace (group) id, a GUID; got 'Complaints workspace'.",
                "PowerBI:PollInterval must be positive; got 00:00:00.",
                "PowerBI:DailyRefreshLimit must be between 1 and 48 (shared capacity allows 8 a day); got 0.",
                "PowerBI:EnhancedRefresh:Type must be one of Full, ClearValues, Calculate, DataOnly, Automatic, Defragment; got 'Incremental'.",
                "PowerBI:Push:BatchSize must be between 1 and 10,000 (the service takes at most 10,000 rows a request); got 20,000.",
                "PowerBI:Push:RequestsPerMinute must be between 1 and 120 (the service takes at most 120 requests a minute); got 500.",
            ],
            error.Failures);
    }

    [Fact]
    public void ToString_does_not_reveal_the_client_secret()
    {
        var options = new PowerBIOptions { TenantId = "contoso.onmicrosoft.com", ClientSecret = "s3cr3t-value" };

        var text = options.ToString();

        Assert.DoesNotContain("s3cr3t-value", text, StringComparison.Ordinal);
        Assert.Contains("ClientSecret = (set)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_without_a_dataset_id_says_which_setting_to_fill()
    {
        using var standIn = new PowerBIStandIn();
        using var host = new PowerBITestHost(standIn, new Dictionary<string, string?> { ["PowerBI:DatasetId"] = "" });

        var error = await Assert.ThrowsAsync<PowerBIConfigurationException>(() => host.Client.RefreshDatasetAsync());

        Assert.StartsWith("PowerBI:DatasetId is not set", error.Message, StringComparison.Ordinal);
    }

    private static PowerBIOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var provider = new ServiceCollection().AddLogging().AddPowerBIClient(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<PowerBIOptions>>().Value;
    }
}
