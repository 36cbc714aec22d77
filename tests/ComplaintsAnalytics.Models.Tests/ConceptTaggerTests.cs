namespace ComplaintsAnalytics.Models.Tests;

public sealed class ConceptTaggerTests
{
    [Theory]
    [InlineData("cancelled", "cancel")]
    [InlineData("cancellation", "cancel")]
    [InlineData("cancelling", "cancel")]
    [InlineData("cancel", "cancel")]
    [InlineData("stopped", "stop")]
    [InlineData("replies", "reply")]
    [InlineData("replied", "reply")]
    [InlineData("refused", "refus")]
    [InlineData("refuse", "refus")]
    [InlineData("notes", "note")]
    [InlineData("missed", "miss")]
    public void The_stemmer_gives_everyday_variants_of_a_word_one_form(string word, string stem)
    {
        Assert.Equal(stem, LightStemmer.Stem(word));
    }

    [Fact]
    public void Different_wordings_of_a_withdrawn_service_give_the_same_concept_tags()
    {
        Assert.Equal("c_item c_fail", ConceptTagger.Sequence("The taxi was cancelled again."));
        Assert.Equal("c_item c_fail", ConceptTagger.Sequence("respite - withdrawn"));
        Assert.Equal("c_fail c_item", ConceptTagger.Sequence("Cancellation of the tuition"));
    }

    [Fact]
    public void Tags_keep_text_order_and_sentences_are_marked()
    {
        var tags = ConceptTagger.Sequence("I have emailed the team and had no reply. The allowance is late!");

        // "no reply" is both a negation and a no-reply phrase, and "reply" is a no-reply word on its own.
        Assert.Equal("c_reach c_neg c_noreply c_noreply c_end c_money c_wait", tags);
    }

    [Fact]
    public void Apostrophes_and_case_do_not_change_the_tags()
    {
        Assert.Equal("c_item c_fail c_neg", ConceptTagger.Sequence("the PA didnt turn up"));
        Assert.Equal(ConceptTagger.Sequence("the PA didnt turn up"), ConceptTagger.Sequence("The pa DIDN'T turn up"));
    }

    [Fact]
    public void Text_without_concepts_gives_no_tags()
    {
        Assert.Equal(string.Empty, ConceptTagger.Sequence("[NAME] [DATE]"));
        Assert.Equal(string.Empty, ConceptTagger.Sequence(null));
        Assert.Equal(string.Empty, ConceptTagger.Sequence(""));
    }
}
