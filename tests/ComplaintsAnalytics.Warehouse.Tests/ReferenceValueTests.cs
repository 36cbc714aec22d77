using System.Globalization;
using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>The fixed vocabularies the scripts insert are the same rows on both engines.</summary>
public sealed class ReferenceValueTests(DuckDbWarehouseFixture duckDb) : IClassFixture<DuckDbWarehouseFixture>
{
    [Fact]
    public void Both_engines_seed_the_same_fixed_vocabularies()
    {
        var inserted = ParsedScript.All()
            .SelectMany(s => StatementCollector.Collect(s.Tree).OfType<InsertStatement>())
            .GroupBy(i => SqlServerSchemaReader.FullName(((NamedTableReference)i.InsertSpecification.Target).SchemaObject))
            .ToDictionary(g => g.Key, g => g.SelectMany(Rows).Order(StringComparer.Ordinal).ToList());

        Assert.Equal(["dw.dim_complainant_type", "dw.dim_outcome", "dw.dim_receipt_method"], inserted.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, rows) in inserted)
        {
            var duckRows = duckDb.Connection.Query($"SELECT * FROM {table}")
                .Cast<IDictionary<string, object?>>()
                .Select(r => string.Join("|", r.Values.Select(Text)))
                .Order(StringComparer.Ordinal);

            Assert.Equal(duckRows, rows);
        }
    }

    private static IEnumerable<string> Rows(InsertStatement insert) =>
        ((ValuesInsertSource)insert.InsertSpecification.InsertSource).RowValues
            .Select(row => string.Join("|", row.ColumnValues.Select(v => ((Literal)v).Value)));

    // BIT literals are 1 and 0; DuckDB hands booleans back as bool.
    private static string Text(object? value) => value switch
    {
        null => "NULL",
        bool b => b ? "1" : "0",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
