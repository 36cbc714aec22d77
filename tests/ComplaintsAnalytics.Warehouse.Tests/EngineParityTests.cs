namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>
/// DuckDB as its migrator really builds it against SQL Server as the T-SQL scripts declare it: the same
/// tables and views, the same columns in the same order, equivalent types and the same keys (bar DuckDB's facts, 075).
/// </summary>
public sealed class EngineParityTests(DuckDbWarehouseFixture duckDb) : IClassFixture<DuckDbWarehouseFixture>
{
    private static readonly WarehouseSchema SqlServer = SqlServerSchemaReader.Read(ParsedScript.All());

    [Fact]
    public void Both_engines_have_the_same_tables_and_views()
    {
        Assert.Contains("dw.fact_complaint_stage", duckDb.Schema.Names);
        Assert.Equal(Describe(duckDb.Schema), Describe(SqlServer));
    }

    [Fact]
    public void Both_engines_have_the_same_columns_in_the_same_order()
    {
        var differences = Shared()
            .Where(pair => !pair.DuckDb.Columns.Select(c => c.Name).SequenceEqual(pair.SqlServer.Columns.Select(c => c.Name), StringComparer.OrdinalIgnoreCase))
            .Select(pair =>
                $"{pair.DuckDb.FullName}:{Environment.NewLine}  duckdb:    {string.Join(", ", pair.DuckDb.Columns.Select(c => c.Name))}" +
                $"{Environment.NewLine}  sqlserver: {string.Join(", ", pair.SqlServer.Columns.Select(c => c.Name))}")
            .ToList();

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Both_engines_give_each_column_an_equivalent_type()
    {
        var compared = 0;
        var differences = new List<string>();
        foreach (var (duck, sql) in Shared())
        {
            foreach (var (d, s) in duck.Columns.Zip(sql.Columns))
            {
                if (s.Type.Family == TypeFamily.Unknown)
                {
                    // A view expression the T-SQL reader does not type; its name is still compared.
                    continue;
                }

                compared++;
                if (d.Type != s.Type)
                {
                    differences.Add($"{duck.FullName}.{d.Name}: duckdb {d.Type}, sqlserver {s.Type}");
                }
            }
        }

        Assert.True(compared > 200, $"Only {compared} column types were compared.");
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Both_engines_agree_on_which_table_columns_allow_nulls()
    {
        var differences = Shared()
            .Where(pair => !pair.DuckDb.IsView)
            .SelectMany(pair => pair.DuckDb.Columns.Zip(pair.SqlServer.Columns)
                .Where(c => c.First.IsNullable != c.Second.IsNullable)
                .Select(c => $"{pair.DuckDb.FullName}.{c.First.Name}: duckdb {Nullability(c.First)}, sqlserver {Nullability(c.Second)}"))
            .ToList();

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    /// <summary>
    /// DuckDB's two case fact tables carry no key constraints since 075: there each one is an index that every insert and
    /// checkpoint pays for, and the load keeps the keys unique itself. SQL Server keeps them as the indexes its merge seeks on.
    /// </summary>
    private static readonly KeyConstraint[] FactKeysOnSqlServerOnly =
    [
        new("dw.fact_complaint_stage", true, "complaint_stage_key"),
        new("dw.fact_complaint_stage", false, "authority_key,case_reference,stage"),
        new("dw.fact_representation", true, "representation_key"),
        new("dw.fact_representation", false, "authority_key,case_reference"),
    ];

    [Fact]
    public void Both_engines_have_the_same_primary_keys_and_unique_constraints_but_duckdb_case_facts_have_none()
    {
        Assert.Contains(new KeyConstraint("dw.bridge_complaint_theme", true, "complaint_stage_key,theme_key"), duckDb.Schema.Keys);
        Assert.DoesNotContain(duckDb.Schema.Keys, k => k.Table is "dw.fact_complaint_stage" or "dw.fact_representation");
        Assert.Equal(
            duckDb.Schema.Keys.Select(k => k.ToString()),
            SqlServer.Keys.Except(FactKeysOnSqlServerOnly).Select(k => k.ToString()));
        Assert.Equal(FactKeysOnSqlServerOnly.Length, SqlServer.Keys.Intersect(FactKeysOnSqlServerOnly).Count());
    }

    private static IEnumerable<string> Describe(WarehouseSchema schema) =>
        schema.Objects.Values.Select(o => $"{(o.IsView ? "view" : "table")} {o.FullName}").Order(StringComparer.Ordinal);

    private static string Nullability(SchemaColumn column) => column.IsNullable ? "NULL" : "NOT NULL";

    private IEnumerable<(SchemaObject DuckDb, SchemaObject SqlServer)> Shared() =>
        duckDb.Schema.Objects.Values
            .Where(o => SqlServer.Objects.ContainsKey(o.FullName))
            .Select(o => (o, SqlServer.Objects[o.FullName]));
}
