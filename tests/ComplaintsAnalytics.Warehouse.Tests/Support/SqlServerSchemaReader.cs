using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>
/// Reads the SQL Server schema from the T-SQL migrations' ScriptDom trees, without a server: tables with
/// their columns, types, nullability and keys; views with their select-list names and, where the
/// expression is a column of a known table or a simple function, their types.
/// </summary>
public static class SqlServerSchemaReader
{
    public static WarehouseSchema Read(IEnumerable<ParsedScript> scripts)
    {
        var objects = new List<SchemaObject>();
        var keys = new List<KeyConstraint>();
        var tables = new Dictionary<string, SchemaObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in scripts.SelectMany(s => StatementCollector.Collect(s.Tree)))
        {
            switch (statement)
            {
                case CreateTableStatement table:
                    var read = ReadTable(table, keys);
                    tables[read.FullName] = read;
                    objects.Add(read);
                    break;
                case ViewStatementBody view:
                    // CREATE, CREATE OR ALTER and ALTER VIEW: a later definition replaces an earlier one.
                    var definition = ReadView(view, tables);
                    objects.RemoveAll(o => o.FullName == definition.FullName);
                    objects.Add(definition);
                    break;
                case AlterTableAddTableElementStatement alter:
                    // Later migrations add columns at the end, as DuckDB's ALTER TABLE ADD COLUMN does.
                    var altered = AddColumns(tables[FullName(alter.SchemaObjectName)], alter.Definition);
                    tables[altered.FullName] = altered;
                    objects[objects.FindIndex(o => o.FullName == altered.FullName)] = altered;
                    break;
                case DropViewStatement drop:
                    foreach (var name in drop.Objects.Select(FullName))
                    {
                        objects.RemoveAll(o => o.FullName == name);
                    }

                    break;
            }
        }

        return new WarehouseSchema(objects, keys);
    }

    /// <summary><c>schema.name</c> of a two-part object name, lower case.</summary>
    public static string FullName(SchemaObjectName name) =>
        $"{name.SchemaIdentifier?.Value ?? "dbo"}.{name.BaseIdentifier.Value}".ToLowerInvariant();

    private static SchemaObject ReadTable(CreateTableStatement table, List<KeyConstraint> keys)
    {
        var name = FullName(table.SchemaObjectName);
        var tableKeys = table.Definition.TableConstraints.OfType<UniqueConstraintDefinition>()
            .Select(k => new KeyConstraint(name, k.IsPrimaryKey, string.Join(",", k.Columns.Select(c => LastPart(c.Column)))))
            .ToList();
        foreach (var column in table.Definition.ColumnDefinitions)
        {
            tableKeys.AddRange(column.Constraints.OfType<UniqueConstraintDefinition>()
                .Select(k => new KeyConstraint(name, k.IsPrimaryKey, column.ColumnIdentifier.Value.ToLowerInvariant())));
        }

        keys.AddRange(tableKeys);
        var primaryKey = tableKeys.Where(k => k.IsPrimaryKey).SelectMany(k => k.Columns.Split(',')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var columns = table.Definition.ColumnDefinitions
            .Select(c => new SchemaColumn(
                c.ColumnIdentifier.Value,
                ColumnType.FromSqlServer(c.DataType),
                IsNullable(c, primaryKey)))
            .ToList();
        return new SchemaObject(table.SchemaObjectName.SchemaIdentifier?.Value ?? "dbo", table.SchemaObjectName.BaseIdentifier.Value, IsView: false, columns);
    }

    // Without NULL or NOT NULL a column is nullable under SqlClient's ANSI defaults; key columns never are.
    private static bool IsNullable(ColumnDefinition column, HashSet<string> primaryKey) =>
        !primaryKey.Contains(column.ColumnIdentifier.Value) &&
        column.Constraints.OfType<NullableConstraintDefinition>().All(n => n.Nullable);

    private static SchemaObject AddColumns(SchemaObject table, TableDefinition added) =>
        table with
        {
            Columns = [.. table.Columns, .. added.ColumnDefinitions.Select(c => new SchemaColumn(c.ColumnIdentifier.Value, ColumnType.FromSqlServer(c.DataType), IsNullable(c, [])))],
        };

    private static SchemaObject ReadView(ViewStatementBody view, Dictionary<string, SchemaObject> tables)
    {
        var query = FirstQuery(view.SelectStatement.QueryExpression);
        var aliases = new Dictionary<string, SchemaObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in query.FromClause?.TableReferences.SelectMany(NamedTables) ?? [])
        {
            if (tables.TryGetValue(FullName(table.SchemaObject), out var known))
            {
                aliases[table.Alias?.Value ?? table.SchemaObject.BaseIdentifier.Value] = known;
            }
        }

        var columns = query.SelectElements
            .Select(e => e as SelectScalarExpression
                ?? throw new NotSupportedException($"View {FullName(view.SchemaObjectName)} uses a select element the reader does not handle: {e.GetType().Name}."))
            .Select(e => new SchemaColumn(ColumnName(e), TypeOf(e.Expression, aliases), IsNullable: true))
            .ToList();
        if (view.Columns.Count > 0)
        {
            columns = [.. columns.Zip(view.Columns, (c, name) => c with { Name = name.Value })];
        }

        return new SchemaObject(view.SchemaObjectName.SchemaIdentifier?.Value ?? "dbo", view.SchemaObjectName.BaseIdentifier.Value, IsView: true, columns);
    }

    // A UNION takes its column names and types from its first query.
    private static QuerySpecification FirstQuery(QueryExpression expression) => expression switch
    {
        QuerySpecification specification => specification,
        BinaryQueryExpression binary => FirstQuery(binary.FirstQueryExpression),
        QueryParenthesisExpression parenthesis => FirstQuery(parenthesis.QueryExpression),
        _ => throw new NotSupportedException($"Query expression {expression.GetType().Name} is not handled."),
    };

    private static IEnumerable<NamedTableReference> NamedTables(TableReference reference) => reference switch
    {
        NamedTableReference named => [named],
        JoinTableReference join => NamedTables(join.FirstTableReference).Concat(NamedTables(join.SecondTableReference)),
        _ => [],
    };

    private static string ColumnName(SelectScalarExpression element) =>
        element.ColumnName?.Value
        ?? (element.Expression is ColumnReferenceExpression column
            ? column.MultiPartIdentifier.Identifiers[^1].Value
            : throw new NotSupportedException("A view column that is an expression needs an alias."));

    private static ColumnType TypeOf(ScalarExpression expression, Dictionary<string, SchemaObject> aliases) => expression switch
    {
        ColumnReferenceExpression { MultiPartIdentifier.Identifiers: [var alias, var column] }
            when aliases.TryGetValue(alias.Value, out var table) =>
            table.Columns.FirstOrDefault(c => string.Equals(c.Name, column.Value, StringComparison.OrdinalIgnoreCase))?.Type ?? ColumnType.Unknown,
        ParenthesisExpression parenthesis => TypeOf(parenthesis.Expression, aliases),
        CastCall cast => ColumnType.FromSqlServer(cast.DataType),
        FunctionCall call => call.FunctionName.Value.ToUpperInvariant() switch
        {
            "CONCAT" or "CONCAT_WS" => new ColumnType(TypeFamily.Text),
            "COUNT_BIG" => new ColumnType(TypeFamily.WholeNumber, "64"),
            "COUNT" => new ColumnType(TypeFamily.WholeNumber, "32"),
            _ => ColumnType.Unknown,
        },
        _ => ColumnType.Unknown,
    };

    private static string LastPart(ColumnReferenceExpression column) =>
        column.MultiPartIdentifier.Identifiers[^1].Value.ToLowerInvariant();
}
