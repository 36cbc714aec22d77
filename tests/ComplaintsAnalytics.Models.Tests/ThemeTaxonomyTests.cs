namespace ComplaintsAnalytics.Models.Tests;

public class ThemeTaxonomyTests
{
    [Fact]
    public void Taxonomy_has_the_nine_codes_of_themes_csv_in_order()
    {
        Assert.Equal(
            ["delay", "communication", "plans", "decision", "service", "conduct", "records", "equalities", "finance"],
            ThemeTaxonomy.Codes);
        Assert.Equal("Decisions and procedure", ThemeTaxonomy.Get("decision").Name);
        Assert.Contains("20-week", ThemeTaxonomy.Get("delay").Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_recognised_in_any_case_and_unknown_codes_are_not()
    {
        Assert.True(ThemeTaxonomy.IsKnown("Finance"));
        Assert.False(ThemeTaxonomy.IsKnown("money"));
        Assert.Throws<ArgumentException>(() => ThemeTaxonomy.Get("money"));
    }
}
