using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>The T-SQL migrations, checked with ScriptDom since no SQL Server runs on these machines.</summary>
public sealed class TSqlScriptTests
{
    private static readonly IReadOnlyList<ParsedScript> Scripts = ParsedScript.All();

    // The parser also rejects CREATE SCHEMA and CREATE VIEW that share a batch, so a missing GO fails here.
    [Fact]
    public void Every_TSQL_migration_parses_without_errors()
    {
        Assert.NotEmpty(Scripts);
        var errors = Scripts
            .SelectMany(s => s.Errors.Select(e => $"{s.Script.FileName}({e.Line},{e.Column}): {e.Message} [{e.Number}]"))
            .ToList();

        Assert.True(errors.Count == 0, "T-SQL parse errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Every_TSQL_key_and_default_constraint_is_named()
    {
        var unnamed = Scripts
            .SelectMany(s => StatementCollector.Collect(s.Tree).OfType<CreateTableStatement>().Select(t => (s.Script.FileName, Table: t)))
            .SelectMany(x => x.Table.Definition.TableConstraints
                .Concat(x.Table.Definition.ColumnDefinitions.SelectMany(c => c.Constraints.OfType<UniqueConstraintDefinition>()))
                .Concat(x.Table.Definition.ColumnDefinitions.Select(c => c.DefaultConstraint).OfType<ConstraintDefinition>())
                .Where(c => c.ConstraintIdentifier is null)
                .Select(c => $"{x.FileName}({c.StartLine}): {c.GetType().Name} on {SqlServerSchemaReader.FullName(x.Table.SchemaObjectName)} has no name"))
            .ToList();

        Assert.True(unnamed.Count == 0, string.Join(Environment.NewLine, unnamed));
    }

    [Fact]
    public void Every_TSQL_column_says_NULL_or_NOT_NULL()
    {
        // The default depends on the session's ANSI_NULL_DFLT settings, so nothing is left to it.
        var unstated = Scripts
            .SelectMany(s => StatementCollector.Collect(s.Tree).OfType<CreateTableStatement>().Select(t => (s.Script.FileName, Table: t)))
            .SelectMany(x => x.Table.Definition.ColumnDefinitions
                .Where(c => !c.Constraints.OfType<NullableConstraintDefinition>().Any())
                .Select(c => $"{x.FileName}({c.StartLine}): {SqlServerSchemaReader.FullName(x.Table.SchemaObjectName)}.{c.ColumnIdentifier.Value}"))
            .ToList();

        Assert.True(unstated.Count == 0, "Columns without NULL or NOT NULL:" + Environment.NewLine + string.Join(Environment.NewLine, unstated));
    }

    [Fact]
    public void Splitting_on_GO_lines_gives_the_batches_ScriptDom_sees()
    {
        foreach (var script in Scripts)
        {
            var batches = GoBatches.Split(script.Script.Text);

            Assert.True(
                script.Tree.Batches.Count == batches.Count,
                $"{script.Script.FileName}: ScriptDom sees {script.Tree.Batches.Count} batches, the GO splitter {batches.Count}.");
        }
    }

    [Fact]
    public void GO_splitter_ignores_GO_inside_a_line_and_skips_comment_only_batches()
    {
        const string script = """
            -- header comment
            GO
            CREATE SCHEMA dw;
            go -- a comment after GO
            SELECT 'GO' AS word; -- GO here is not a separator
              GO
            """;

        var batches = GoBatches.Split(script);

        Assert.Equal(["CREATE SCHEMA dw;", "SELECT 'GO' AS word; -- GO here is not a separator"], batches.Select(b => b.Trim()));
    }
}
