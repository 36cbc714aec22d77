namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

public sealed class RowLevelSecurityTests(SemanticModelFixture fixture) : IClassFixture<SemanticModelFixture>
{
    private TabularModel Model => fixture.Model;

    [Fact]
    public void Council_users_read_only_and_are_filtered_by_their_user_principal_name_or_domain_in_the_access_table()
    {
        var role = Assert.Single(Model.Roles);
        var permissions = role.ChildrenOf("tablePermission").ToDictionary(p => p.Name, p => p.Value!, StringComparer.Ordinal);

        Assert.Equal(("Council users", "read"), (role.Name, role.Property("modelPermission")));
        Assert.Equal(["Authority", "Authority measure", "Council access"], permissions.Keys.Order(StringComparer.Ordinal));
        Assert.All(permissions.Values, dax =>
        {
            Assert.Contains("LOWER ( USERPRINCIPALNAME () )", dax, StringComparison.Ordinal);
            Assert.Contains("'Council access'[Principal] IN { _user, _domain }", dax, StringComparison.Ordinal);
        });
        Assert.EndsWith("Authority[LA code] IN _councils", permissions["Authority"], StringComparison.Ordinal);
        Assert.EndsWith("'Authority measure'[Origin] <> \"warehouse\" || 'Authority measure'[LA code] IN _councils", permissions["Authority measure"], StringComparison.Ordinal);
        Assert.Empty(role.ChildrenOf("member"));
        Assert.True(Model.Table("Council access").Flag("isHidden"));
    }

    [Fact]
    public void Every_case_level_table_is_filtered_through_an_active_relationship_from_a_filtered_table()
    {
        var filtered = Assert.Single(Model.Roles).ChildrenOf("tablePermission").Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var reached = new HashSet<string>(filtered, StringComparer.Ordinal);
        var edges = Model.Relationships
            .Where(r => r.Property("isActive") != "false")
            .Select(r => (One: TabularModel.ColumnReference(r.Property("toColumn")!).Table, Many: TabularModel.ColumnReference(r.Property("fromColumn")!).Table))
            .ToList();

        // Row-level security filters flow like any filter: from the one side of a relationship to the many side.
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (one, many) in edges.Where(e => reached.Contains(e.One) && !reached.Contains(e.Many)))
            {
                grew = reached.Add(many);
            }
        }

        var caseLevel = Model.Tables
            .Where(t => t.ChildrenOf("column").Any(c => c.Name == "Case reference") || t.Name == "Complaint theme")
            .Select(t => t.Name)
            .ToList();
        Assert.Equal(["Complaint stage", "Complaint theme", "Representation"], caseLevel.Order(StringComparer.Ordinal));
        Assert.All(caseLevel, table => Assert.Contains(table, reached));
        Assert.DoesNotContain("Date", reached);
        Assert.DoesNotContain("Theme", reached);
        Assert.DoesNotContain("Team", reached);
    }
}
