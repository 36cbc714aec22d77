using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.SqlClient;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>
/// The T-SQL migrations against a real SQL Server, when <c>COMPLAINTS_SQLSERVER_TEST_CONNECTION</c> names
/// one. Everything happens in one transaction that is rolled back, so the database is left as it was.
/// </summary>
public sealed class SqlServerMigrationTests
{
    [SqlServerFact]
    public void Every_TSQL_migration_applies_to_an_empty_SQL_Server_database_in_order()
    {
        using var connection = new SqlConnection(SqlServerFactAttribute.ConnectionString);
        connection.Open();
        Assert.True(
            connection.ExecuteScalar<int>("SELECT CASE WHEN SCHEMA_ID(N'dw') IS NULL THEN 0 ELSE 1 END") == 0,
            $"The database in {SqlServerFactAttribute.EnvironmentVariable} already has a dw schema; point it at an empty database.");
        using var transaction = connection.BeginTransaction();

        foreach (var script in MigrationScripts.For(MigrationScripts.SqlServer))
        {
            var text = script.Text;
            foreach (var batch in GoBatches.Split(text))
            {
                connection.Execute(batch, transaction: transaction);
            }

            connection.Execute(
                "INSERT INTO etl.schema_version (version, script, checksum, applied_at) VALUES (@version, @script, @checksum, SYSUTCDATETIME())",
                new { version = script.Version, script = script.FileName, checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16] },
                transaction);
        }

        var expected = SqlServerSchemaReader.Read(ParsedScript.All());
        var actual = connection.Query<(string Name, string Column)>(
            """
            SELECT LOWER(c.TABLE_SCHEMA + N'.' + c.TABLE_NAME), c.COLUMN_NAME
            FROM INFORMATION_SCHEMA.COLUMNS AS c
            WHERE c.TABLE_SCHEMA IN (N'dw', N'etl', N'mart', N'staging')
            ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION
            """,
            transaction: transaction)
            .GroupBy(c => c.Name)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Column).ToList());

        Assert.Equal(expected.Names, actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, table) in expected.Objects)
        {
            Assert.Equal(table.Columns.Select(c => c.Name), actual[name], StringComparer.OrdinalIgnoreCase);
        }

        Assert.Equal(MigrationScripts.For(MigrationScripts.SqlServer).Count, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM etl.schema_version", transaction: transaction));
        Assert.Equal(5, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM dw.dim_outcome", transaction: transaction));
        foreach (var view in expected.Objects.Values.Where(o => o.IsView))
        {
            // Selecting no rows still compiles the view against the tables it reads.
            connection.Execute($"SELECT TOP (0) * FROM {view.Schema}.{view.Name}", transaction: transaction);
        }

        transaction.Rollback();
    }
}
