namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>The model against a warehouse migrated by the real migrator: every name it reads must be there.</summary>
public sealed class SemanticModelWarehouseTests(SemanticModelFixture fixture) : IClassFixture<SemanticModelFixture>
{
    private TabularModel Model => fixture.Model;

    private WarehouseCatalog Warehouse => fixture.Warehouse;

    [Fact]
    public void Every_column_a_table_names_exists_in_the_warehouse_object_its_partition_reads_with_a_matching_type()
    {
        var problems = new List<string>();
        var checkedColumns = 0;
        foreach (var table in Model.Tables)
        {
            var source = MPartitionSource.Parse(Assert.Single(table.ChildrenOf("partition")).Property("source")!);
            if (!Warehouse.Has(source.FullName))
            {
                problems.Add($"{table.Name} reads {source.FullName}, which a migrated warehouse does not have");
                continue;
            }

            foreach (var filtered in source.FilterColumns.Where(c => Warehouse.TypeOf(source.FullName, c) is null))
            {
                problems.Add($"{table.Name} filters rows on {filtered}, which {source.FullName} does not have");
            }

            foreach (var selected in source.Columns.Where(c => Warehouse.TypeOf(source.FullName, c) is null))
            {
                problems.Add($"{table.Name} selects {selected}, which {source.FullName} does not have");
            }

            foreach (var column in table.ChildrenOf("column").Where(c => c.Value is null))
            {
                checkedColumns++;
                var sourceColumn = column.Property("sourceColumn");
                var type = sourceColumn is null ? null : Warehouse.TypeOf(source.FullName, sourceColumn);
                if (type is null)
                {
                    problems.Add($"{table.Name}[{column.Name}] reads {sourceColumn ?? "(no sourceColumn)"}, which {source.FullName} does not have");
                }
                else if (!source.Columns.Contains(sourceColumn!, StringComparer.Ordinal))
                {
                    problems.Add($"{table.Name}[{column.Name}] reads {sourceColumn}, which the partition does not select");
                }
                else if (WarehouseCatalog.TmdlTypeOf(type) != column.Property("dataType"))
                {
                    problems.Add($"{table.Name}[{column.Name}] is {column.Property("dataType")} but {source.FullName}.{sourceColumn} is {type}");
                }
            }

            var unused = source.Columns.Except(table.ChildrenOf("column").Select(c => c.Property("sourceColumn")).OfType<string>(), StringComparer.Ordinal);
            problems.AddRange(unused.Select(c => $"{table.Name} selects {c} but no column reads it"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(131, checkedColumns);
    }

    [Fact]
    public void Every_relationship_joins_existing_columns_of_one_type_onto_a_key_of_the_warehouse()
    {
        var problems = new List<string>();
        foreach (var relationship in Model.Relationships)
        {
            var from = Column(relationship.Property("fromColumn")!, problems, relationship);
            var to = Column(relationship.Property("toColumn")!, problems, relationship);
            if (from is null || to is null)
            {
                continue;
            }

            if (from.Value.Column.Property("dataType") != to.Value.Column.Property("dataType"))
            {
                problems.Add($"{relationship.Name} joins {from.Value.Column.Property("dataType")} to {to.Value.Column.Property("dataType")}");
            }

            var toSource = MPartitionSource.Parse(Assert.Single(to.Value.Table.ChildrenOf("partition")).Property("source")!);
            if (!Warehouse.IsKey(toSource.FullName, to.Value.Column.Property("sourceColumn")!))
            {
                problems.Add($"{relationship.Name} ends on {toSource.FullName}.{to.Value.Column.Property("sourceColumn")}, which is not a key of the warehouse");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(15, Model.Relationships.Count);
    }

    [Fact]
    public void Facts_leave_out_cases_deleted_in_their_source_as_the_mart_views_do()
    {
        var filtered = Model.Tables
            .Select(t => (t.Name, Source: MPartitionSource.Parse(Assert.Single(t.ChildrenOf("partition")).Property("source")!)))
            .Where(t => t.Source.FilterColumns.Count > 0)
            .ToList();

        Assert.Equal(["Complaint stage", "Representation"], filtered.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(filtered, t => Assert.Equal(["deleted_at"], t.Source.FilterColumns));
        Assert.StartsWith("CALCULATE ( COUNTROWS ( 'Complaint theme' ), 'Complaint stage' )", Assert.Single(Model.Measures, m => m.Name == "Themes raised").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void One_date_relationship_per_fact_is_active_and_the_response_date_waits_for_userelationship()
    {
        var inactive = Assert.Single(Model.Relationships, r => r.Property("isActive") == "false");

        Assert.Equal("'Complaint stage'.'Responded date key'", inactive.Property("fromColumn"));
        Assert.Contains(Model.Measures, m => m.Value!.Contains("USERELATIONSHIP ( 'Complaint stage'[Responded date key], 'Date'[Date key] )", StringComparison.Ordinal));
    }

    private (TmdlObject Table, TmdlObject Column)? Column(string reference, List<string> problems, TmdlObject relationship)
    {
        var (tableName, columnName) = TabularModel.ColumnReference(reference);
        var table = Model.Tables.SingleOrDefault(t => t.Name == tableName);
        var column = table?.ChildrenOf("column").SingleOrDefault(c => c.Name == columnName);
        if (table is null || column is null)
        {
            problems.Add($"{relationship.Name} names {reference}, which the model does not have");
            return null;
        }

        return (table, column);
    }
}
