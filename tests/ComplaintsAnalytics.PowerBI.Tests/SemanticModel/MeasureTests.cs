namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

public sealed class MeasureTests(SemanticModelFixture fixture) : IClassFixture<SemanticModelFixture>
{
    private TabularModel Model => fixture.Model;

    [Fact]
    public void The_measures_the_annual_report_and_the_directors_need_are_there()
    {
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "Complaints", "Stage 1 complaints", "Stage 2 complaints", "Stage 3 complaints", "Escalation rate",
                "% upheld or partly upheld", "% within timescale", "% extended", "Average working days",
                "Themes raised", "Themes upheld or partly upheld", "% upheld by theme",
                "Complaints last year", "Complaints year-on-year change", "Direction of travel",
                "Referrals", "EHC plans issued", "Complaints per 1,000 referrals", "SEND complaints per 100 EHC plans",
            },
            Model.Measures.Select(m => m.Name).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_measure_has_a_description_a_format_string_and_a_display_folder()
    {
        Assert.All(Model.Measures, m =>
        {
            Assert.False(string.IsNullOrWhiteSpace(m.Description), $"{m} has no /// description");
            Assert.False(string.IsNullOrWhiteSpace(m.Property("formatString")), $"{m} has no formatString");
            Assert.False(string.IsNullOrWhiteSpace(m.Property("displayFolder")), $"{m} has no displayFolder");
        });
        Assert.Equal(33, Model.Measures.Count());
    }

    [Fact]
    public void Rates_are_percentages_and_counts_whole_numbers()
    {
        Assert.All(Model.Measures.Where(m => m.Name.StartsWith('%') || m.Name == "Escalation rate"), m => Assert.Equal("0.0%", m.Property("formatString")));
        Assert.All(
            Model.Measures.Where(m => m.Value!.StartsWith("COUNTROWS", StringComparison.Ordinal) || m.Value.StartsWith("CALCULATE ( [Complaints]", StringComparison.Ordinal)),
            m => Assert.Equal("#,0", m.Property("formatString")));
    }

    [Fact]
    public void Every_table_column_and_measure_a_dax_expression_names_exists()
    {
        var measures = Model.Measures.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var expressions = Model.Tables.SelectMany(t =>
                t.ChildrenOf("measure").Concat(t.ChildrenOf("column").Where(c => c.Value is not null)).Select(o => (Where: o.ToString(), Dax: o.Value!)))
            .Concat(Model.Roles.SelectMany(r => r.ChildrenOf("tablePermission")).Select(p => (Where: p.ToString(), Dax: p.Value!)))
            .ToList();
        var problems = new List<string>();
        foreach (var (where, dax) in expressions)
        {
            foreach (var reference in DaxReference.In(dax))
            {
                var table = reference.Table is null ? null : Model.Tables.SingleOrDefault(t => t.Name == reference.Table);
                var known = reference switch
                {
                    { Table: null } => measures.Contains(reference.Name!),
                    { Name: null } => table is not null,
                    _ => table is not null && table.Children.Any(c => c.Kind is "column" or "measure" && c.Name == reference.Name),
                };
                if (!known)
                {
                    problems.Add($"{where} names {reference}, which the model does not have");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(37, expressions.Count);
    }

    [Fact]
    public void Every_sort_column_and_hierarchy_level_names_a_column_of_its_own_table()
    {
        var problems = new List<string>();
        foreach (var table in Model.Tables)
        {
            var columns = table.ChildrenOf("column").Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            var named = table.ChildrenOf("column").Select(c => (Where: c.ToString(), Name: c.Property("sortByColumn")))
                .Concat(table.ChildrenOf("hierarchy").SelectMany(h => h.ChildrenOf("level")).Select(l => (Where: l.ToString(), Name: l.Property("column"))))
                .Where(n => n.Name is not null);
            problems.AddRange(named.Where(n => !columns.Contains(TmdlObject.Unquote(n.Name!))).Select(n => $"{n.Where} names column {n.Name}, which {table.Name} does not have"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
