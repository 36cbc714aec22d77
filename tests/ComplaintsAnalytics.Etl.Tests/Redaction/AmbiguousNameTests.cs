using ComplaintsAnalytics.Etl.Redaction;

namespace ComplaintsAnalytics.Etl.Tests.Redaction;

public class AmbiguousNameTests
{
    private static readonly PersonalDataRedactor Redactor = new();

    private static string? Redact(string text) => Redactor.Redact(text).Text;

    [Theory]
    [InlineData("Will the council explain why the plan was late?")]
    [InlineData("May I ask for a review at stage 2?")]
    [InlineData("Mark the date in the diary.")]
    [InlineData("By the Grace of God nobody was hurt.")]
    [InlineData("Faith groups were not consulted.")]
    [InlineData("Hope this can be resolved.")]
    [InlineData("Bill for the nursery was wrong.")]
    [InlineData("Sky was not installed at the placement.")]
    [InlineData("Rose by 20% on last year.")]
    [InlineData("The panel met in June and again in April.")]
    [InlineData("Summer holidays were missed; Amber rating given.")]
    [InlineData("The Christian faith of the family was ignored.")]
    [InlineData("Over Christmas Eve nobody answered.")]
    public void An_ambiguous_name_on_its_own_survives(string text)
    {
        Assert.Equal(text, Redact(text));
    }

    [Theory]
    [InlineData("Will Smith and Grace Ahmed attended.", "[NAME] and [NAME] attended.")]
    [InlineData("Hope Jones did not attend.", "[NAME] did not attend.")]
    [InlineData("Mark Evans, the IRO, apologised.", "[NAME], the IRO, apologised.")]
    [InlineData("Rose Tyler-Brown and May Chen were present.", "[NAME] and [NAME] were present.")]
    public void An_ambiguous_name_with_a_surname_is_redacted(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Theory]
    [InlineData("My daughter Grace was upset.", "My daughter [NAME] was upset.")]
    [InlineData("The manager Bill refused.", "The manager [NAME] refused.")]
    [InlineData("Her son Will missed school.", "Her son [NAME] missed school.")]
    [InlineData("Miss Hope was the teacher.", "[NAME] was the teacher.")]
    public void An_ambiguous_name_after_a_cue_or_title_is_redacted(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }
}
