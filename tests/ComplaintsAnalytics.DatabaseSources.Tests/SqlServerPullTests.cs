using System.Text.RegularExpressions;
using ComplaintsAnalytics.Etl.DatabaseSources;
using Microsoft.Data.SqlClient;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

/// <summary>
/// Pulls from a real SQL Server when <c>COMPLAINTS_SQLSERVER_TEST_CONNECTION</c> names a scratch database:
/// the CaseBook tables are created in a schema <c>casebook</c> and dropped again afterwards.
/// </summary>
public sealed partial class SqlServerPullTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [SqlServerFact]
    public void A_SQL_Server_source_is_pulled_incrementally_on_its_rowversion_and_deletions_are_marked()
    {
        Run("casebook-schema.sql");
        try
        {
            var standIn = new CaseBookStandIn(_folder.Path, SourceProvider.Sqlite);
            using var harness = new PullHarness(_folder, standIn, CaseBookScenario.FirstPull, source =>
            {
                source.Provider = "Microsoft.Data.SqlClient";
                source.ConnectionStringName = "SqlServer";
                source.Query = Fixture.Path("sqlserver/casebook-complaints.sql");
                source.KeyQuery = null;
                source.Watermark = new WatermarkOptions { Column = "row_version", Type = WatermarkType.RowVersion };
            }, connectionStrings: new Dictionary<string, string?> { ["ConnectionStrings:SqlServer"] = SqlServerFactAttribute.ConnectionString });

            var first = harness.Pull();
            Run("casebook-changes.sql");
            harness.SetNow(CaseBookScenario.SecondPull);
            var second = harness.Pull();

            Assert.Equal((4L, 4L, 0L), (first.Read, first.Loaded, first.Rejected));
            Assert.Equal((2L, 1L, 1L, 1L), (second.Read, second.Loaded, second.Updated, second.MarkedDeleted));
            Assert.True(ulong.Parse(second.WatermarkAfter!, System.Globalization.CultureInfo.InvariantCulture) > ulong.Parse(first.WatermarkAfter!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("CB-1004", harness.Scalar<string>("SELECT case_reference FROM mart.deleted_case"));
        }
        finally
        {
            Run("casebook-drop.sql");
        }
    }

    public void Dispose() => _folder.Dispose();

    private static void Run(string fixture)
    {
        using var connection = new SqlConnection(SqlServerFactAttribute.ConnectionString);
        connection.Open();
        foreach (var batch in GoLine().Split(File.ReadAllText(Fixture.Path(Path.Combine("sqlserver", fixture)))).Where(b => !string.IsNullOrWhiteSpace(b)))
        {
            using var command = connection.CreateCommand();
            command.CommandText = batch;
            command.ExecuteNonQuery();
        }
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex GoLine();
}
