using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>
/// Collects the statements that shape the schema, in document order, wherever they sit: a
/// <c>CREATE TABLE</c> under <c>IF OBJECT_ID(...) IS NULL</c> counts like any other.
/// </summary>
public sealed class StatementCollector : TSqlFragmentVisitor
{
    private readonly List<TSqlStatement> _statements = [];

    public IReadOnlyList<TSqlStatement> Statements => _statements;

    public override void Visit(CreateTableStatement node) => _statements.Add(node);

    public override void Visit(CreateViewStatement node) => _statements.Add(node);

    public override void Visit(CreateOrAlterViewStatement node) => _statements.Add(node);

    public override void Visit(AlterViewStatement node) => _statements.Add(node);

    public override void Visit(AlterTableAddTableElementStatement node) => _statements.Add(node);

    public override void Visit(DropViewStatement node) => _statements.Add(node);

    public override void Visit(InsertStatement node) => _statements.Add(node);

    /// <summary>The collected statements of one tree.</summary>
    public static IReadOnlyList<TSqlStatement> Collect(TSqlFragment tree)
    {
        var collector = new StatementCollector();
        tree.Accept(collector);
        return collector.Statements;
    }
}
