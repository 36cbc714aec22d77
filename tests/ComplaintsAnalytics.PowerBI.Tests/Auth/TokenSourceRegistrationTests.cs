using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.PowerBI.Tests;

public sealed class TokenSourceRegistrationTests
{
    [Fact]
    public void The_client_secret_credential_is_the_token_source_unless_one_is_registered_first()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PowerBI:TenantId"] = "contoso.onmicrosoft.com",
            ["PowerBI:ClientId"] = "2d6c9a51-0b8e-4f3c-9a77-5e1f0c3b8d42",
            ["PowerBI:ClientSecret"] = "s3cr3t",
            ["PowerBI:WorkspaceId"] = PowerBIStandIn.GroupId,
        }).Build();
        using var byDefault = new ServiceCollection().AddLogging().AddPowerBIClient(configuration).BuildServiceProvider();
        var fixedSource = new FixedTokenSource("t");
        using var replaced = new ServiceCollection().AddLogging()
            .AddSingleton<IPowerBIAccessTokenSource>(fixedSource)
            .AddPowerBIClient(configuration)
            .BuildServiceProvider();

        Assert.IsType<ClientSecretAccessTokenSource>(byDefault.GetRequiredService<IPowerBIAccessTokenSource>());
        Assert.Same(fixedSource, replaced.GetRequiredService<IPowerBIAccessTokenSource>());
        Assert.NotNull(byDefault.GetRequiredService<PowerBIClient>());
    }
}
