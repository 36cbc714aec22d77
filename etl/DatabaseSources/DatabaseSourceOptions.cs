namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>One database source as configured. <see cref="DatabaseSourceCatalog"/> checks it before a pull.</summary>
public sealed class DatabaseSourceOptions
{
    /// <summary><c>pull --all</c> and the nightly job skip a disabled source; <c>pull &lt;name&gt;</c> still runs it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>Microsoft.Data.SqlClient</c>, <c>DuckDB.NET.Data</c> or <c>Microsoft.Data.Sqlite</c>.</summary>
    public string Provider { get; set; } = string.Empty;

    /// <summary>The name under <c>ConnectionStrings</c> (environment <c>COMPLAINTS_ConnectionStrings__name</c> or user secrets).</summary>
    public string ConnectionStringName { get; set; } = string.Empty;

    /// <summary><c>cases</c>, <c>representations</c>, <c>cin-referrals</c> or <c>ehcp</c>.</summary>
    public string Kind { get; set; } = SourceKinds.Cases;

    /// <summary>The <c>.sql</c> file of the pull query; it filters on the parameter <c>since</c>.</summary>
    public string Query { get; set; } = string.Empty;

    /// <summary>Optional cheaper query for the full key comparison; default: the pull query reading everything.</summary>
    public string? KeyQuery { get; set; }

    /// <summary>The mapping profile (JSON) for the query's columns; none means the query returns canonical columns.</summary>
    public string? Profile { get; set; }

    public WatermarkOptions Watermark { get; set; } = new();

    /// <summary>How often a pull also compares every key in the source with the warehouse, to mark deleted cases.</summary>
    public TimeSpan KeyComparisonEvery { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// DfE codes of authorities whose facts this source answers for, whoever loaded them (e.g. years of
    /// files before the council moved to pulls). Without it, only facts this source loaded can be marked deleted.
    /// </summary>
    public List<string> OwnsAuthorities { get; set; } = [];

    public int CommandTimeoutSeconds { get; set; } = 600;

    /// <summary>Attempts at a pull that fails on a transient error (deadlock victim, timeout, connection reset).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first back-off; each later one doubles, up to <see cref="SourceRetry.MaxDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
