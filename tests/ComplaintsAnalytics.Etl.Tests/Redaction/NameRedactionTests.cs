using ComplaintsAnalytics.Etl.Redaction;

namespace ComplaintsAnalytics.Etl.Tests.Redaction;

public class NameRedactionTests
{
    private static readonly PersonalDataRedactor Redactor = new();

    private static string? Redact(string text) => Redactor.Redact(text).Text;

    [Fact]
    public void A_social_workers_name_after_SW_is_redacted_and_the_cue_kept()
    {
        Assert.Equal("SW [NAME] did not return my calls.", Redact("SW Rebecca Okafor did not return my calls."));
    }

    [Fact]
    public void A_name_after_a_title_is_redacted_with_the_title()
    {
        Assert.Equal("[NAME] said the plan was late.", Redact("Mrs Okafor said the plan was late."));
        Assert.Equal("[NAME] and [NAME] saw him.", Redact("Dr J. Smith and Dr Patel saw him."));
        Assert.Equal("[NAME] attended.", Redact("Mx Taylor attended."));
    }

    [Fact]
    public void Every_title_is_recognised()
    {
        Assert.Equal("[NAME], [NAME], [NAME], [NAME], [NAME], [NAME].", Redact("Mr Obi, Mrs Obi, Ms Obi, Miss Obi, Dr Obi, Mx Obi."));
    }

    [Fact]
    public void Surnames_that_are_street_words_are_still_names_after_a_title()
    {
        Assert.Equal("Spoke to [NAME] and [NAME].", Redact("Spoke to Mr Lane and Mrs Park."));
    }

    [Fact]
    public void A_title_without_a_capitalised_word_after_it_is_left_alone()
    {
        Assert.Equal("Mr and [NAME] complained.", Redact("Mr and Mrs Smith complained."));
        Assert.Equal("I miss the old worker.", Redact("I miss the old worker."));
    }

    [Fact]
    public void A_listed_first_name_and_its_surname_become_one_token()
    {
        Assert.Equal("[NAME] was moved without notice.", Redact("Tyler Marsh was moved without notice."));
        Assert.Equal("Complaint from [NAME] about delays.", Redact("Complaint from Rebecca Okafor about delays."));
    }

    [Fact]
    public void A_listed_first_name_on_its_own_is_redacted()
    {
        Assert.Equal("[NAME] and [NAME] were not seen; [NAME] was.", Redact("Tyler and Mia were not seen; Leo Kowalski was."));
    }

    [Theory]
    [InlineData("Aisha said the visit was cancelled.", "[NAME] said the visit was cancelled.")]
    [InlineData("Mohammed Iqbal was not told.", "[NAME] was not told.")]
    [InlineData("Chidi and Ngozi Eze asked for a review.", "[NAME] and [NAME] asked for a review.")]
    [InlineData("Jakub was placed out of area.", "[NAME] was placed out of area.")]
    [InlineData("Małgorzata Nowak phoned twice.", "[NAME] phoned twice.")]
    [InlineData("Harpreet Kaur and Priya were upset.", "[NAME] and [NAME] were upset.")]
    [InlineData("Kwame Mensah missed his PEP.", "[NAME] missed his PEP.")]
    [InlineData("Aoife O'Brien complained.", "[NAME] complained.")]
    [InlineData("Margaret and Dennis, the grandparents, were ignored.", "[NAME] and [NAME], the grandparents, were ignored.")]
    public void First_names_from_the_uk_s_communities_and_generations_are_listed(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Fact]
    public void A_possessive_keeps_its_s_outside_the_token()
    {
        Assert.Equal("[NAME]'s mum said [NAME]'s placement broke down.", Redact("Tyler's mum said Tyler Marsh's placement broke down."));
        Assert.Equal("[NAME]’s school excluded him.", Redact("Harvey’s school excluded him."));
    }

    [Fact]
    public void A_hyphenated_first_name_is_redacted_whole()
    {
        Assert.Equal("[NAME] said the X-Ray was late.", Redact("Anne-Marie said the X-Ray was late."));
        Assert.Equal("[NAME] was not told.", Redact("Mrs Smith-Jones was not told."));
    }

    [Theory]
    [InlineData("My son Zephyr Blackwood was excluded.", "My son [NAME] was excluded.")]
    [InlineData("my daughter Zuzu missed school.", "my daughter [NAME] missed school.")]
    [InlineData("Her grandson Okey was not visited.", "Her grandson [NAME] was not visited.")]
    [InlineData("The social worker, Tamsin Achterberg, was on leave.", "The social worker, [NAME], was on leave.")]
    [InlineData("The IRO, Sunniva, did not attend.", "The IRO, [NAME], did not attend.")]
    [InlineData("PA Jenny Hall did not respond.", "PA [NAME] did not respond.")]
    [InlineData("The SENCO Mrs Ogunbanjo was helpful.", "The SENCO [NAME] was helpful.")]
    [InlineData("Our caseworker Tomasz Zielinski left.", "Our caseworker [NAME] left.")]
    [InlineData("The team manager Orlagh Devlin apologised.", "The team manager [NAME] apologised.")]
    [InlineData("Foster carer Linda Hughes and her partner Dave want a new SW.", "Foster carer [NAME] and her partner [NAME] want a new SW.")]
    [InlineData("A boy called Brogan was bullied.", "A boy called [NAME] was bullied.")]
    [InlineData("She named Okonkwo-Bright as the worker.", "She named [NAME] as the worker.")]
    [InlineData("My nephew (Tobiah) and niece: Elowen.", "My nephew ([NAME]) and niece: [NAME].")]
    public void A_name_after_a_cue_is_redacted_and_the_cue_kept(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Fact]
    public void A_cue_followed_by_a_lower_case_word_or_a_team_is_not_a_name()
    {
        const string text = "The worker named in the complaint called Social Care and the Child Protection team.";
        Assert.Equal(text, Redact(text));
    }

    [Fact]
    public void A_cued_word_followed_by_an_organisation_word_is_a_place_not_a_person()
    {
        Assert.Equal("Mum called Northbrook Council.", Redact("Mum called Northbrook Council."));
    }

    [Fact]
    public void A_surname_before_family_or_children_is_redacted()
    {
        Assert.Equal(
            "The [NAME] family and the [NAME] children were not consulted.",
            Redact("The Okafor family and the Marsh children were not consulted."));
    }

    [Fact]
    public void Consecutive_names_collapse_into_one_token()
    {
        var result = Redactor.Redact("Tyler Marsh Rebecca Okafor and Leo James.");
        Assert.Equal("[NAME] and [NAME].", result.Text);
        Assert.Equal(2, result.Names);
    }

    [Fact]
    public void Names_separated_by_punctuation_do_not_collapse()
    {
        Assert.Equal("[NAME], [NAME] and [NAME] were not consulted.", Redact("Ali, Mohammed and Fatima Begum were not consulted."));
    }

    [Fact]
    public void Capitalised_surnames_can_be_written_in_capitals()
    {
        Assert.Equal("[NAME] and SW [NAME] were present.", Redact("Mr OKAFOR and SW REBECCA were present."));
        Assert.Equal("[NAME] was seen.", Redact("Tyler MARSH was seen."));
    }

    [Fact]
    public void A_text_in_capitals_loses_the_name_but_keeps_the_rest()
    {
        Assert.Equal("MY SON [NAME] WAS NOT SEEN BY THE SW.", Redact("MY SON TYLER MARSH WAS NOT SEEN BY THE SW."));
    }
}
