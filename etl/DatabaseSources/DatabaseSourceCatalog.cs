using System.Text.RegularExpressions;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// The configured sources, checked one at a time when a pull needs them, so that one mistake in one
/// source's settings stops that source with every problem named, and nothing else.
/// </summary>
public sealed partial class DatabaseSourceCatalog
{
    private readonly DatabaseSourcesOptions _options;
    private readonly ConnectionStringResolver _connectionStrings;
    private readonly string _baseDirectory;

    /// <param name="options">The bound <c>DatabaseSources</c> section.</param>
    /// <param name="connectionStrings">Where connection strings come from.</param>
    /// <param name="baseDirectory">What relative query and profile paths are relative to (default: the current directory).</param>
    public DatabaseSourceCatalog(DatabaseSourcesOptions options, ConnectionStringResolver connectionStrings, string? baseDirectory = null)
    {
        _options = options;
        _connectionStrings = connectionStrings;
        _baseDirectory = baseDirectory ?? Directory.GetCurrentDirectory();
    }

    public IReadOnlyList<string> Names => [.. _options.Sources.Keys.Order(StringComparer.OrdinalIgnoreCase)];

    public IReadOnlyList<string> EnabledNames => [.. Names.Where(n => _options.Sources[n].Enabled)];

    public bool Contains(string name) => _options.Sources.ContainsKey(name);

    /// <summary>The source called <paramref name="name"/>, checked; throws <see cref="DatabaseSourceException"/> naming every problem.</summary>
    public DatabaseSource Get(string name)
    {
        if (!_options.Sources.TryGetValue(name, out var options))
        {
            throw new DatabaseSourceException(Names.Count == 0
                ? $"No database source is called '{name}': none is configured (section {DatabaseSourcesOptions.SectionName}:Sources in appsettings.json)."
                : $"No database source is called '{name}'. Configured: {string.Join(", ", Names)}.");
        }

        name = _options.Sources.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        var problems = new List<string>();
        if (!SourceName().IsMatch(name))
        {
            problems.Add("the name must be letters, digits, '-' or '_' (up to 100), starting with a letter or digit");
        }

        var provider = SourceConnections.Parse(options.Provider);
        if (provider is null)
        {
            problems.Add($"unknown provider '{options.Provider}' (use Microsoft.Data.SqlClient, DuckDB.NET.Data or Microsoft.Data.Sqlite)");
        }

        if (!SourceKinds.All.Contains(options.Kind))
        {
            problems.Add($"unknown kind '{options.Kind}' (use {string.Join(", ", SourceKinds.All)})");
        }

        var query = ReadSql(options.Query, "Query", problems);
        if (query is not null && !SourceQuery.UsesSince(query))
        {
            problems.Add($"the query {options.Query} does not use the watermark parameter (@since, $since or :since): a pull must filter on it, e.g. WHERE modified_at >= @since");
        }

        var keyQuery = string.IsNullOrWhiteSpace(options.KeyQuery) ? null : ReadSql(options.KeyQuery, "KeyQuery", problems);
        var profile = ReadProfile(options.Profile, problems);
        CheckLimits(options, problems);
        var connectionString = FindConnectionString(options.ConnectionStringName, problems);
        if (problems.Count > 0)
        {
            throw new DatabaseSourceException($"Database source '{name}' cannot be pulled: {string.Join("; ", problems)}.");
        }

        return new DatabaseSource(name, options, provider!.Value, connectionString!, query!, keyQuery, profile!);
    }

    private static void CheckLimits(DatabaseSourceOptions options, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(options.Watermark.Column))
        {
            problems.Add("Watermark:Column is missing (the query's last-modified or row-version column)");
        }

        if (options.Watermark.Overlap < TimeSpan.Zero || options.Watermark.OverlapVersions < 0)
        {
            problems.Add("the watermark overlap cannot be negative");
        }

        if (options.CommandTimeoutSeconds is < 1 or > 86_400)
        {
            problems.Add("CommandTimeoutSeconds must be 1 to 86400");
        }

        if (options.MaxAttempts is < 1 or > 10)
        {
            problems.Add("MaxAttempts must be 1 to 10");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.KeyComparisonEvery <= TimeSpan.Zero)
        {
            problems.Add("RetryDelay cannot be negative and KeyComparisonEvery must be more than zero");
        }

        var badCodes = options.OwnsAuthorities.Where(code => !LaCode().IsMatch(code)).ToList();
        if (badCodes.Count > 0)
        {
            problems.Add($"OwnsAuthorities takes DfE 3-digit codes, not {string.Join(", ", badCodes.Select(c => $"'{c}'"))}");
        }
    }

    private string? ReadSql(string? path, string setting, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add($"{setting} is missing (the .sql file of the query)");
            return null;
        }

        var full = Path.GetFullPath(path, _baseDirectory);
        if (!File.Exists(full))
        {
            problems.Add($"{setting} file {full} does not exist");
            return null;
        }

        return File.ReadAllText(full);
    }

    private MappingProfile? ReadProfile(string? path, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return MappingProfile.Canonical;
        }

        try
        {
            return MappingProfile.Load(Path.GetFullPath(path, _baseDirectory));
        }
        catch (FileRefusedException ex)
        {
            problems.Add(ex.Message.TrimEnd('.'));
            return null;
        }
    }

    private string? FindConnectionString(string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add("ConnectionStringName is missing");
            return null;
        }

        var value = _connectionStrings.Find(name);
        if (value is null)
        {
            problems.Add(
                $"no connection string '{name}': set the environment variable COMPLAINTS_ConnectionStrings__{name}, " +
                $"or run dotnet user-secrets set \"ConnectionStrings:{name}\" \"<connection string>\" --id {ConnectionStringResolver.UserSecretsId}");
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")]
    private static partial Regex SourceName();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex LaCode();
}
