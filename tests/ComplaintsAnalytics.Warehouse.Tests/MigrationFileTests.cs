using ComplaintsAnalytics.Etl.Warehouse;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>The two engines' folders hold the same numbered migrations.</summary>
public sealed class MigrationFileTests
{
    [Fact]
    public void Both_engines_have_the_same_migration_file_names_and_numbers()
    {
        var duckDb = MigrationScripts.For(MigrationScripts.DuckDb).Select(m => m.FileName).ToList();
        var sqlServer = MigrationScripts.For(MigrationScripts.SqlServer).Select(m => m.FileName).ToList();

        Assert.NotEmpty(duckDb);
        Assert.Equal(duckDb, sqlServer);
    }

    [Fact]
    public void Migration_numbers_start_at_one_and_never_repeat()
    {
        foreach (var engine in new[] { MigrationScripts.DuckDb, MigrationScripts.SqlServer })
        {
            var versions = MigrationScripts.For(engine).Select(m => m.Version).ToList();

            // Capabilities own ranges of numbers (010-019 benchmarking, 020-029 annual report, ...), so gaps are expected.
            Assert.Equal(1, versions[0]);
            Assert.Equal(versions.Distinct().Order(), versions);
        }
    }

    [Fact]
    public void The_etl_assembly_embeds_the_same_TSQL_migrations_as_the_folder()
    {
        var embedded = EmbeddedSql.Migrations(MigrationScripts.SqlServer).Select(m => m.Name);
        var files = MigrationScripts.For(MigrationScripts.SqlServer).Select(m => m.FileName);

        Assert.Equal(files, embedded);
        Assert.All(MigrationScripts.For(MigrationScripts.SqlServer), m =>
            Assert.Equal(m.Text.ReplaceLineEndings(), EmbeddedSql.Read($"{MigrationScripts.SqlServer}/{m.FileName}").ReplaceLineEndings()));
    }
}
