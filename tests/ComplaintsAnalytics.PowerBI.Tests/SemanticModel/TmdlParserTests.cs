namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

public sealed class TmdlParserTests
{
    [Fact]
    public void A_table_with_a_described_multi_line_measure_and_a_column_parses_into_objects_and_properties()
    {
        var root = TmdlParser.Parse("Sales.tmdl", string.Join('\n',
            "/// Sales lines",
            "table Sales",
            "\tisHidden",
            "",
            "\t/// Sales in pounds",
            "\tmeasure 'Sales Amount' =",
            "\t\t\tVAR _total = SUM ( Sales[Amount] )",
            "\t\t\tRETURN _total",
            "\t\tformatString: £#,0",
            "",
            "\tcolumn Amount",
            "\t\tdataType: decimal",
            "\t\tsourceColumn: amount",
            "",
            "\tpartition Sales = m",
            "\t\tmode: import",
            "\t\tsource =",
            "\t\t\t\tlet",
            "\t\t\t\t    Source = Sql.Database(Server, Database)",
            "\t\t\t\tin",
            "\t\t\t\t    Source",
            ""));

        var table = Assert.Single(root.Children);
        Assert.Equal(("table", "Sales", "Sales lines", true), (table.Kind, table.Name, table.Description, table.Flag("isHidden")));
        var measure = Assert.Single(table.ChildrenOf("measure"));
        Assert.Equal("Sales Amount", measure.Name);
        Assert.Equal("Sales in pounds", measure.Description);
        Assert.Equal("VAR _total = SUM ( Sales[Amount] )\nRETURN _total", measure.Value);
        Assert.Equal("£#,0", measure.Property("formatString"));
        var column = Assert.Single(table.ChildrenOf("column"));
        Assert.Equal(("decimal", "amount"), (column.Property("dataType"), column.Property("sourceColumn")));
        var partition = Assert.Single(table.ChildrenOf("partition"));
        Assert.Equal("m", partition.Value);
        Assert.Equal("let\n    Source = Sql.Database(Server, Database)\nin\n    Source", partition.Property("source"));
    }

    [Fact]
    public void A_line_indented_with_spaces_is_refused()
    {
        var error = Assert.Throws<TmdlParseException>(() => TmdlParser.Parse("Sales.tmdl", "table Sales\n    column Amount\n"));

        Assert.Equal("Sales.tmdl:2: indented with spaces: TMDL indents with one tab per level", error.Message);
    }

    [Fact]
    public void A_property_its_object_does_not_have_is_refused()
    {
        var error = Assert.Throws<TmdlParseException>(() => TmdlParser.Parse("Sales.tmdl", "table Sales\n\tcolumn Amount\n\t\tdataTyp: int64\n"));

        Assert.Equal("Sales.tmdl:3: 'dataTyp' is not a property of a column", error.Message);
    }

    [Fact]
    public void An_object_kind_that_cannot_stand_where_it_is_is_refused()
    {
        var error = Assert.Throws<TmdlParseException>(() => TmdlParser.Parse("Sales.tmdl", "table Sales\n\trelationship R\n"));

        Assert.Equal("Sales.tmdl:2: 'relationship R' is neither an object nor a property a table may have", error.Message);
    }

    [Fact]
    public void A_property_indented_below_its_level_is_refused()
    {
        var error = Assert.Throws<TmdlParseException>(() => TmdlParser.Parse("Sales.tmdl", "table Sales\n\tcolumn Amount\n\t\t\tdataType: int64\n"));

        Assert.Equal("Sales.tmdl:3: indented 1 level(s) deeper than its place under column Amount", error.Message);
    }

    [Fact]
    public void A_name_with_a_space_must_be_quoted()
    {
        var error = Assert.Throws<TmdlParseException>(() => TmdlParser.Parse("Sales.tmdl", "table Sales Lines\n"));

        Assert.Equal("Sales.tmdl:1: the name 'Sales Lines' must be in single quotes", error.Message);
    }

    [Fact]
    public void A_description_parted_from_its_object_by_a_blank_line_is_refused()
    {
        var error = Assert.Throws<TmdlParseException>(() => TmdlParser.Parse("Sales.tmdl", "/// Sales lines\n\ntable Sales\n"));

        Assert.Equal("Sales.tmdl:2: a blank line between a /// description and its object", error.Message);
    }

    [Fact]
    public void A_measure_whose_expression_is_not_indented_below_it_is_refused()
    {
        var error = Assert.Throws<TmdlParseException>(() => TmdlParser.Parse("Sales.tmdl", "table Sales\n\tmeasure Total =\n\t\tformatString: 0\n"));

        Assert.Equal("Sales.tmdl:2: '=' opens an expression but no line below is indented two levels deeper", error.Message);
    }
}
