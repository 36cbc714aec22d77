namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

public sealed class SemanticModelStructureTests(SemanticModelFixture fixture) : IClassFixture<SemanticModelFixture>
{
    private TabularModel Model => fixture.Model;

    [Fact]
    public void Every_tmdl_file_parses_and_each_table_and_role_file_holds_the_object_it_is_named_after()
    {
        var files = Model.Documents.Select(d => Path.GetRelativePath(ShippedProject.Definition, d.File).Replace('\\', '/')).ToList();

        Assert.Equal(["database.tmdl", "expressions.tmdl", "model.tmdl", "relationships.tmdl"], files.Where(f => !f.Contains('/', StringComparison.Ordinal)));
        Assert.Equal(19, files.Count);
        foreach (var (file, root) in Model.Documents.Where(d => Path.GetFileName(Path.GetDirectoryName(d.File)) is "tables" or "roles"))
        {
            var declared = Assert.Single(root.Children);
            Assert.Equal(Path.GetFileNameWithoutExtension(file), declared.Name);
        }
    }

    [Fact]
    public void The_model_refers_to_every_table_role_and_expression_the_folder_defines()
    {
        string[] Refs(string kind) => Model.References.Where(r => r.Value == kind).Select(r => r.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Model.Tables.Select(t => t.Name).Order(StringComparer.Ordinal), Refs("table"));
        Assert.Equal(Model.Roles.Select(r => r.Name).Order(StringComparer.Ordinal), Refs("role"));
        Assert.Equal(Model.Expressions.Select(e => e.Name).Order(StringComparer.Ordinal), Refs("expression"));
        Assert.True(int.Parse(Model.Database.Property("compatibilityLevel")!, System.Globalization.CultureInfo.InvariantCulture) >= 1567);
        Assert.Equal("en-GB", Model.Model.Property("culture"));
    }

    [Fact]
    public void Server_and_database_are_required_text_parameters_and_every_partition_connects_through_them()
    {
        Assert.Equal(["Database", "Server"], Model.Expressions.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(Model.Expressions, e =>
        {
            Assert.Contains("meta [IsParameterQuery=true, Type=\"Text\", IsParameterQueryRequired=true]", e.Value, StringComparison.Ordinal);
            Assert.NotNull(e.Description);
        });
        Assert.All(Model.Tables, table =>
        {
            var partition = Assert.Single(table.ChildrenOf("partition"));
            Assert.Equal("m", partition.Value);
            Assert.Equal("import", partition.Property("mode"));
            Assert.True(MPartitionSource.Parse(partition.Property("source")!).UsesParameters, $"{table.Name} does not read Sql.Database(Server, Database)");
        });
    }

    [Fact]
    public void The_date_table_is_marked_as_such_on_a_unique_date_and_carries_the_financial_year()
    {
        var date = Assert.Single(Model.Tables, t => t.Property("dataCategory") == "Time");
        var key = Assert.Single(date.ChildrenOf("column"), c => c.Flag("isKey"));

        Assert.Equal(("Date", "dateTime", "calendar_date"), (key.Name, key.Property("dataType"), key.Property("sourceColumn")));
        Assert.True(fixture.Warehouse.IsKey("dw.dim_date", "calendar_date"));
        var year = Assert.Single(date.ChildrenOf("column"), c => c.Name == "Financial year");
        Assert.Equal(("financial_year", "Financial year start"), (year.Property("sourceColumn"), year.Reference("sortByColumn")));
        Assert.Equal(
            ["Financial year", "Financial quarter", "Month", "Date"],
            Assert.Single(date.ChildrenOf("hierarchy")).ChildrenOf("level").Select(l => l.Reference("column")));
        Assert.All(
            Model.Relationships.Where(r => TabularModel.ColumnReference(r.Property("toColumn")!).Table == date.Name),
            r => Assert.Equal("Date key", TabularModel.ColumnReference(r.Property("toColumn")!).Column));
    }

    [Fact]
    public void Keys_are_hidden_and_every_visible_column_and_table_is_described_or_plainly_named()
    {
        var keys = Model.Tables.SelectMany(t => t.ChildrenOf("column").Select(c => (Table: t.Name, Column: c)))
            .Where(c => c.Column.Name.EndsWith(" key", StringComparison.Ordinal));

        Assert.All(keys, k => Assert.True(k.Column.Flag("isHidden"), $"{k.Table}[{k.Column.Name}] is a key but not hidden"));
        Assert.All(Model.Tables, t => Assert.False(string.IsNullOrWhiteSpace(t.Description), $"table {t.Name} has no description"));
    }
}
