namespace ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;

/// <summary>A fact that needs a real SQL Server: it runs when COMPLAINTS_SQLSERVER_TEST_CONNECTION is set and is reported as skipped otherwise.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "COMPLAINTS_SQLSERVER_TEST_CONNECTION";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"No SQL Server: set {EnvironmentVariable} to a connection string to run this test.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable);
}
