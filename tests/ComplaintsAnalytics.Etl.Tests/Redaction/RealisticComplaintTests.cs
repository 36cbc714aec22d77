using ComplaintsAnalytics.Etl.Redaction;

namespace ComplaintsAnalytics.Etl.Tests.Redaction;

public class RealisticComplaintTests
{
    private static readonly PersonalDataRedactor Redactor = new();

    [Theory]
    [InlineData(
        "Ms Okafor complains that her son Tyler (DOB 04/07/2012) was moved from his foster placement with Linda and Dave Hughes without notice. She was told by SW Rebecca Jones on 12/03/2024.",
        "[NAME] complains that her son [NAME] (DOB [DATE]) was moved from his foster placement with [NAME] and [NAME] without notice. She was told by SW [NAME] on [DATE].")]
    [InlineData(
        "Grandmother complains the IRO did not invite her to Kayden's CLA review. Contact: 07700 900456, 22 Orchard Close, NB4 2XY.",
        "Grandmother complains the IRO did not invite her to [NAME]'s CLA review. Contact: [PHONE], [ADDRESS], [POSTCODE].")]
    [InlineData(
        "Young person (Aaliyah Khan, 16) says her PA Mohammed has not replied to texts since 3rd May and she has no pathway plan.",
        "Young person ([NAME], 16) says her PA [NAME] has not replied to texts since [DATE] and she has no pathway plan.")]
    [InlineData(
        "Father Piotr Nowak says the EHCP for his daughter Zofia was issued 14 weeks late and the SENCO at Oakfield Primary was not consulted.",
        "Father [NAME] says the EHCP for his daughter [NAME] was issued 14 weeks late and the SENCO at Oakfield Primary was not consulted.")]
    [InlineData(
        "Learning: team manager to remind staff (incl. Kelly Price and Dr Amir Rahman) that minutes go to parents within 10 working days.",
        "Learning: team manager to remind staff (incl. [NAME] and [NAME]) that minutes go to parents within 10 working days.")]
    [InlineData(
        "MP enquiry on behalf of Mrs Adeyemi re: transport for her twins Chidi and Chioma; email adeyemi.family@example.net.",
        "MP enquiry on behalf of [NAME] re: transport for her twins [NAME] and [NAME]; email [EMAIL].")]
    [InlineData(
        "Kinship carer says no support since the SGO was granted on 2 September 2022 and the Early Help worker, Sian, stopped visiting.",
        "Kinship carer says no support since the SGO was granted on [DATE] and the Early Help worker, [NAME], stopped visiting.")]
    [InlineData(
        "Investigating Officer Paul Reed and Independent Person Margaret Lowe found 4 of 7 points upheld; Head of Service Sarah Booth agreed.",
        "Investigating Officer [NAME] and Independent Person [NAME] found 4 of 7 points upheld; Head of Service [NAME] agreed.")]
    [InlineData(
        "Dad (Gary) says the contact centre at Beech House cancelled 3 sessions; email tmarsh@hotmail.co.uk on 4th Jan 2024 at 10.30am.",
        "Dad ([NAME]) says the contact centre at Beech House cancelled 3 sessions; email [EMAIL] on [DATE] at 10.30am.")]
    [InlineData(
        "Mrs O'Neill and Mr McDonald-Smith attended the Stage 3 panel on 12 June 2023 about Ava-Rose and Lily-Mae.",
        "[NAME] and [NAME] attended the Stage 3 panel on [DATE] about [NAME] and [NAME].")]
    [InlineData(
        "Young person Jordan complains about the semi-independent flat at 5 Kingfisher Court. Ring 0300 123 4567 or 999.",
        "Young person [NAME] complains about the semi-independent flat at [ADDRESS]. Ring [PHONE] or 999.")]
    public void Complaint_summaries_are_redacted_exactly(string text, string expected)
    {
        Assert.Equal(expected, Redactor.Redact(text).Text);
    }

    [Fact]
    public void One_redactor_gives_the_same_answers_on_many_threads()
    {
        string[] texts =
        [
            "SW Rebecca Okafor visited Tyler Marsh at 14 Mill Lane, NB3 7QT on 12/03/2015.",
            "The Children in Care team did not reply to Mrs Smith on 07700 900123.",
            "Nothing personal here.",
        ];
        var expected = texts.Select(t => Redactor.Redact(t)).ToArray();

        var results = new RedactionResult[texts.Length * 2000];
        Parallel.For(0, results.Length, i => results[i] = Redactor.Redact(texts[i % texts.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }
}
