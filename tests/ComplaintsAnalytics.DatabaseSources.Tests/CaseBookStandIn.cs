using System.Data.Common;
using ComplaintsAnalytics.Etl.DatabaseSources;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

/// <summary>
/// The CaseBook stand-in: a SQLite or DuckDB file built from casebook-schema.sql that plays a council's
/// reporting database. Tests change it between pulls with the fixture scripts; every write connection is
/// closed before a pull opens its own read-only one.
/// </summary>
public sealed class CaseBookStandIn
{
    public CaseBookStandIn(string folder, SourceProvider provider)
    {
        Provider = provider;
        FilePath = Path.Combine(folder, provider == SourceProvider.Sqlite ? "casebook.sqlite" : "casebook.duckdb");
        ConnectionString = provider == SourceProvider.Sqlite ? $"Data Source={FilePath};Pooling=False" : $"Data Source={FilePath}";
        Apply("casebook-schema.sql");
    }

    public SourceProvider Provider { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public string ProviderName => Provider == SourceProvider.Sqlite ? "Microsoft.Data.Sqlite" : "DuckDB.NET.Data";

    /// <summary>Runs one of the fixture scripts (e.g. casebook-seed.sql) against the stand-in.</summary>
    public void Apply(string fixture) => Execute(File.ReadAllText(Fixture.Path(fixture)));

    public void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }

    public DbConnection Open()
    {
        DbConnection connection = Provider == SourceProvider.Sqlite ? new SqliteConnection(ConnectionString) : new DuckDBConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}
