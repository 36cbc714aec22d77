using ComplaintsAnalytics.Etl.DatabaseSources;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

public sealed class ProviderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void A_SQL_Server_source_is_opened_with_read_only_intent()
    {
        using var connection = SourceConnections.Create(SourceProvider.SqlServer, "Server=reporting.example;Database=Casework;Integrated Security=true");

        var settings = new SqlConnectionStringBuilder(connection.ConnectionString);

        Assert.IsType<SqlConnection>(connection);
        Assert.Equal((ApplicationIntent.ReadOnly, "ComplaintsAnalytics pull"), (settings.ApplicationIntent, settings.ApplicationName));
    }

    [Theory]
    [InlineData(SourceProvider.Sqlite)]
    [InlineData(SourceProvider.DuckDb)]
    public void A_file_source_is_opened_read_only_so_a_pull_cannot_write_to_it(SourceProvider engine)
    {
        var standIn = new CaseBookStandIn(_folder.Path, engine);
        using var connection = SourceConnections.Create(engine, standIn.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO cb_team VALUES (9, 'Written by a pull')";

        var error = Record.Exception(() => command.ExecuteNonQuery());

        Assert.True(error is SqliteException or DuckDBException, $"Expected the provider to refuse the write, got {error?.GetType().Name ?? "no error"}.");
    }

    [Theory]
    [InlineData(1205, true)]
    [InlineData(-2, true)]
    [InlineData(10054, true)]
    [InlineData(40613, true)]
    [InlineData(547, false)]
    [InlineData(18456, false)]
    public void Deadlock_victims_timeouts_and_connection_resets_are_retried_and_other_SQL_Server_errors_are_not(int number, bool transient)
    {
        Assert.Equal(transient, TransientErrors.IsTransientSqlServerError(number));
    }

    [Fact]
    public void A_busy_or_locked_SQLite_file_is_transient_and_a_SQL_error_is_not()
    {
        Assert.True(TransientErrors.IsTransient(new SqliteException("database is locked", 5)));
        Assert.True(TransientErrors.IsTransient(new InvalidOperationException("wrapped", new SqliteException("database table is locked", 6))));
        Assert.False(TransientErrors.IsTransient(new SqliteException("integer overflow", 1)));
        Assert.False(TransientErrors.IsTransient(new OperationCanceledException()));
    }

    [Fact]
    public void Back_off_doubles_from_the_first_delay_up_to_two_minutes()
    {
        var delays = Enumerable.Range(1, 7).Select(attempt => SourceRetry.DelayAfter(attempt, TimeSpan.FromSeconds(5)).TotalSeconds);

        Assert.Equal([5.0, 10, 20, 40, 80, 120, 120], delays);
    }

    [Theory]
    [InlineData("SELECT * FROM t WHERE modified_at >= @since", true)]
    [InlineData("SELECT * FROM t WHERE modified_at >= $since", true)]
    [InlineData("SELECT * FROM t WHERE modified_at >= :since", true)]
    [InlineData("SELECT * FROM t WHERE modified_at >= @sinceWhen", false)]
    [InlineData("SELECT * FROM t WHERE modified_at >= '2024-01-01'", false)]
    public void A_pull_query_must_filter_on_the_since_parameter(string sql, bool uses)
    {
        Assert.Equal(uses, SourceQuery.UsesSince(sql));
    }

    public void Dispose() => _folder.Dispose();
}
