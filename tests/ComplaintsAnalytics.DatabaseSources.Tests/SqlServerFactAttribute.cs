namespace ComplaintsAnalytics.DatabaseSources.Tests;

/// <summary>
/// A fact that needs a real SQL Server: it runs when <see cref="EnvironmentVariable"/> holds a connection
/// string and is reported as skipped, with the reason, when it does not.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "COMPLAINTS_SQLSERVER_TEST_CONNECTION";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"No SQL Server here: set {EnvironmentVariable} to the connection string of a scratch database to pull from a real one.";
        }
    }

    /// <summary>The connection string from the environment, or null.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable);
}
