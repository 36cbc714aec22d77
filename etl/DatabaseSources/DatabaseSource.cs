using ComplaintsAnalytics.Etl.CaseSystem;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>A configured source after its checks: provider known, query and profile read, connection string found.</summary>
public sealed class DatabaseSource
{
    private readonly string? _keyQueryText;

    internal DatabaseSource(string name, DatabaseSourceOptions options, SourceProvider provider, string connectionString,
        string queryText, string? keyQueryText, MappingProfile profile)
    {
        Name = name;
        Options = options;
        Provider = provider;
        ConnectionString = connectionString;
        QueryText = queryText;
        _keyQueryText = keyQueryText;
        Profile = profile;
    }

    public string Name { get; }

    public SourceProvider Provider { get; }

    public string Kind => Options.Kind;

    public bool Enabled => Options.Enabled;

    public MappingProfile Profile { get; }

    public WatermarkOptions Watermark => Options.Watermark;

    public TimeSpan KeyComparisonEvery => Options.KeyComparisonEvery;

    public IReadOnlyList<string> OwnedLaCodes => Options.OwnsAuthorities;

    public int CommandTimeoutSeconds => Options.CommandTimeoutSeconds;

    public int MaxAttempts => Options.MaxAttempts;

    public TimeSpan RetryDelay => Options.RetryDelay;

    internal DatabaseSourceOptions Options { get; }

    /// <summary>A secret: handed to the provider only.</summary>
    internal string ConnectionString { get; }

    internal string QueryText { get; }

    /// <summary>The key comparison's query: the configured key query, else the pull query reading everything.</summary>
    internal string KeyQueryText => _keyQueryText ?? QueryText;

    public override string ToString() => Name;
}
