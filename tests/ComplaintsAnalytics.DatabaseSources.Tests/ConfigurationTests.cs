using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.DatabaseSources;
using ComplaintsAnalytics.Etl.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

public sealed class ConfigurationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Sources_bind_from_the_DatabaseSources_section_with_connection_strings_from_the_environment()
    {
        var configuration = Configuration(new Dictionary<string, string?>
        {
            ["DatabaseSources:Sources:casebook:Provider"] = "Microsoft.Data.Sqlite",
            ["DatabaseSources:Sources:casebook:ConnectionStringName"] = "CaseBook",
            ["DatabaseSources:Sources:casebook:Kind"] = "representations",
            ["DatabaseSources:Sources:casebook:Query"] = Fixture.Path("casebook-complaints.sql"),
            ["DatabaseSources:Sources:casebook:Profile"] = Fixture.Path("casebook-profile.json"),
            ["DatabaseSources:Sources:casebook:Watermark:Column"] = "row_version",
            ["DatabaseSources:Sources:casebook:Watermark:Type"] = "RowVersion",
            ["DatabaseSources:Sources:casebook:Watermark:OverlapVersions"] = "300",
            ["DatabaseSources:Sources:casebook:KeyComparisonEvery"] = "1.00:00:00",
            ["DatabaseSources:Sources:casebook:OwnsAuthorities:0"] = "999",
            ["DatabaseSources:Sources:casebook:CommandTimeoutSeconds"] = "120",
            ["DatabaseSources:Sources:old-system:Enabled"] = "false",
            ["ConnectionStrings:CaseBook"] = "Data Source=casebook.sqlite",
        });
        using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new TestClock(CaseBookScenario.FirstPull))
            .AddSingleton(new TimescaleSettings())
            .AddSingleton<PersonalDataRedactor>()
            .AddSingleton<CaseImport>()
            .AddDatabaseSources(configuration)
            .BuildServiceProvider();

        var puller = services.GetRequiredService<SourcePuller>();
        var source = puller.Catalog.Get("CASEBOOK");

        Assert.Equal(["casebook", "old-system"], puller.Catalog.Names);
        Assert.Equal(["casebook"], puller.Catalog.EnabledNames);
        Assert.Equal(
            ("casebook", SourceProvider.Sqlite, "representations", "CaseBook reporting database", WatermarkType.RowVersion, 300L, TimeSpan.FromDays(1), 120),
            (source.Name, source.Provider, source.Kind, source.Profile.Name, source.Watermark.Type, source.Watermark.OverlapVersions, source.KeyComparisonEvery, source.CommandTimeoutSeconds));
        Assert.Equal(["999"], source.OwnedLaCodes);
        Assert.Equal("Data Source=casebook.sqlite", source.ConnectionString);
    }

    [Fact]
    public void A_connection_string_missing_from_configuration_is_taken_from_user_secrets()
    {
        var resolver = new ConnectionStringResolver(
            Configuration(new Dictionary<string, string?> { ["ConnectionStrings:Both"] = "from settings" }),
            Configuration(new Dictionary<string, string?> { ["ConnectionStrings:Both"] = "from secrets", ["ConnectionStrings:SecretOnly"] = "from secrets" }));

        Assert.Equal(("from settings", "from secrets", (string?)null), (resolver.Find("Both"), resolver.Find("SecretOnly"), resolver.Find("Nowhere")));
    }

    [Fact]
    public void A_source_without_its_connection_string_says_where_to_put_it()
    {
        var catalog = Catalog(new DatabaseSourceOptions
        {
            Provider = "SQLite", ConnectionStringName = "CaseBook", Query = Fixture.Path("casebook-complaints.sql"),
            Watermark = new WatermarkOptions { Column = "last_modified" },
        });

        var error = Assert.Throws<DatabaseSourceException>(() => catalog.Get("casebook"));

        Assert.Equal(
            "Database source 'casebook' cannot be pulled: no connection string 'CaseBook': set the environment variable COMPLAINTS_ConnectionStrings__CaseBook, " +
            "or run dotnet user-secrets set \"ConnectionStrings:CaseBook\" \"<connection string>\" --id complaints-analytics.",
            error.Message);
    }

    [Fact]
    public void Every_problem_with_a_source_is_named_at_once()
    {
        var query = _folder.File("concatenated.sql");
        File.WriteAllText(query, "SELECT * FROM cb_case WHERE modified_at >= '2024-01-01'");
        var catalog = Catalog(
            new DatabaseSourceOptions
            {
                Provider = "Oracle", ConnectionStringName = "CaseBook", Kind = "payroll", Query = query,
                Profile = _folder.File("missing-profile.json"), CommandTimeoutSeconds = 0, OwnsAuthorities = ["Kent"],
            },
            "CaseBook");

        var error = Assert.Throws<DatabaseSourceException>(() => catalog.Get("casebook"));

        Assert.Equal(
            "Database source 'casebook' cannot be pulled: unknown provider 'Oracle' (use Microsoft.Data.SqlClient, DuckDB.NET.Data or Microsoft.Data.Sqlite); " +
            "unknown kind 'payroll' (use cases, representations, cin-referrals, ehcp); " +
            $"the query {query} does not use the watermark parameter (@since, $since or :since): a pull must filter on it, e.g. WHERE modified_at >= @since; " +
            $"{_folder.File("missing-profile.json")}: the mapping profile does not exist; " +
            "Watermark:Column is missing (the query's last-modified or row-version column); CommandTimeoutSeconds must be 1 to 86400; " +
            "OwnsAuthorities takes DfE 3-digit codes, not 'Kent'.",
            error.Message);
    }

    [Fact]
    public void An_unknown_source_name_lists_the_configured_ones()
    {
        var catalog = Catalog(new DatabaseSourceOptions());

        var error = Assert.Throws<DatabaseSourceException>(() => catalog.Get("casebok"));

        Assert.Equal("No database source is called 'casebok'. Configured: casebook.", error.Message);
    }

    [Fact]
    public void Relative_query_and_profile_paths_are_read_from_the_base_folder()
    {
        File.Copy(Fixture.Path("casebook-complaints.sql"), _folder.File("query.sql"));
        File.Copy(Fixture.Path("casebook-profile.json"), _folder.File("profile.json"));
        var catalog = Catalog(
            new DatabaseSourceOptions
            {
                Provider = "DuckDB.NET.Data", ConnectionStringName = "CaseBook", Query = "query.sql", Profile = "profile.json",
                Watermark = new WatermarkOptions { Column = "last_modified" },
            },
            "CaseBook",
            _folder.Path);

        var source = catalog.Get("casebook");

        Assert.Equal((SourceProvider.DuckDb, "CaseBook reporting database"), (source.Provider, source.Profile.Name));
        Assert.Contains("$since", source.QueryText, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static DatabaseSourceCatalog Catalog(DatabaseSourceOptions source, string? connectionName = null, string? baseDirectory = null)
    {
        var options = new DatabaseSourcesOptions();
        options.Sources["casebook"] = source;
        var settings = connectionName is null ? [] : new Dictionary<string, string?> { [$"ConnectionStrings:{connectionName}"] = "Data Source=x" };
        return new DatabaseSourceCatalog(options, new ConnectionStringResolver(Configuration(settings), Configuration([])), baseDirectory);
    }
}
