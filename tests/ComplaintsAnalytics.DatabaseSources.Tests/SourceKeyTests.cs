using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.DatabaseSources;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

public sealed class SourceKeyTests
{
    private static readonly MappingProfile CaseBook = MappingProfile.Load(Fixture.Path("casebook-profile.json"));

    [Fact]
    public void Keys_are_read_through_the_profile_as_the_warehouse_keys_facts()
    {
        var keys = Read(
            ["Case No", "LA", "Category Code", "Stage", "Finding"],
            ["CB-1001", null, "COMP", 2.0, "PART"],
            ["CB-1006", null, "COMP", 1.0, "REJ"],
            ["CB-1004", "998", "CMPL", 1.0, null],
            [" CB-1012 ", null, "COMP", "1", null]);

        Assert.Equal(
            [
                new SourceKey("999", "CB-1001", "complaint_stage", 2),
                new SourceKey("999", "CB-1006", "representation", null),
                new SourceKey("998", "CB-1004", "representation", null),
                new SourceKey("999", "CB-1012", "complaint_stage", 1),
            ],
            keys);
    }

    [Fact]
    public void A_row_whose_type_or_stage_cannot_be_read_vouches_for_its_whole_case()
    {
        var keys = Read(
            ["Case No", "Category Code", "Stage", "Finding"],
            ["CB-2001", "UNKNOWN", 1.0, null],
            ["CB-2002", "COMP", "four", null],
            [null, "COMP", 1.0, null]);

        Assert.Equal([new SourceKey("999", "CB-2001", null, null), new SourceKey("999", "CB-2002", null, null)], keys);
    }

    [Fact]
    public void Without_an_outcome_column_a_complaint_cannot_be_told_from_a_rejected_one_so_it_vouches_for_its_case()
    {
        var keys = Read(["Case No", "Category Code", "Stage"], ["CB-3001", "COMP", 1.0], ["CB-3002", "ENQ", 1.0]);

        Assert.Equal([new SourceKey("999", "CB-3001", null, null), new SourceKey("999", "CB-3002", "representation", null)], keys);
    }

    [Fact]
    public void A_key_query_without_the_case_reference_is_refused()
    {
        var error = Assert.Throws<DatabaseSourceException>(() => new SourceKeyReader(["LA", "Stage"], CaseBook, "casebook"));

        Assert.Equal("casebook: the query returns no 'Case No' column (for case_reference), so its keys cannot be compared.", error.Message);
    }

    private static List<SourceKey> Read(string[] headers, params object?[][] rows)
    {
        using var source = new RowsInMemory(headers, rows);
        var reader = new SourceKeyReader(source.Headers, CaseBook, "casebook");
        var keys = new List<SourceKey>();
        while (source.Read())
        {
            if (reader.Read(source) is { } key)
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
