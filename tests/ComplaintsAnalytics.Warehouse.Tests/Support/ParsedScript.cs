using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>A T-SQL migration as ScriptDom sees it: the tree (none when it does not parse) and any parse errors.</summary>
public sealed record ParsedScript(MigrationScript Script, TSqlScript? ParsedTree, IReadOnlyList<ParseError> Errors)
{
    /// <summary>The tree; a script that does not parse fails here with its first error rather than later with a null.</summary>
    public TSqlScript Tree => ParsedTree is { } tree && Errors.Count == 0
        ? tree
        : throw new InvalidOperationException(
            $"{Script.FileName} does not parse: ({Errors[0].Line},{Errors[0].Column}) {Errors[0].Message}");

    /// <summary>Parses with the SQL Server 2022 grammar, quoted identifiers on as SqlClient sets them.</summary>
    public static ParsedScript Parse(MigrationScript script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script.Text);
        var tree = parser.Parse(reader, out var errors) as TSqlScript;
        return new ParsedScript(script, tree, [.. errors]);
    }

    /// <summary>Every T-SQL migration, parsed, in version order.</summary>
    public static IReadOnlyList<ParsedScript> All() =>
        [.. MigrationScripts.For(MigrationScripts.SqlServer).Select(Parse)];
}
