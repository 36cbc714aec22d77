using ComplaintsAnalytics.Etl.Redaction;
using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Etl.Tests.Redaction;

/// <summary>The corpus of hard cases in tests/fixtures/redaction/tricky-cases.csv, one test case per row.</summary>
public class TrickyCaseCorpusTests
{
    private static readonly PersonalDataRedactor Redactor = new();

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        using var csv = CsvDataReader.Create(Fixture.Path("redaction", "tricky-cases.csv"));
        while (csv.Read())
        {
            cases.Add(csv.GetString(0), csv.GetString(1), csv.GetString(2));
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_tricky_case_is_redacted_exactly_as_expected(string trap, string text, string expected)
    {
        Assert.False(string.IsNullOrEmpty(trap));
        Assert.Equal(expected, Redactor.Redact(text).Text);
    }

    [Fact]
    public void The_corpus_covers_every_trap_the_issue_names()
    {
        var traps = Cases().Select(c => (string)c[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(
            new HashSet<string>(["name also a word", "common name form", "email in brackets", "phone with spaces", "postcode lower case", "NI number", "NHS number", "case number", "must survive"]),
            traps);
        Assert.Equal(40, Cases().Count);
    }
}
