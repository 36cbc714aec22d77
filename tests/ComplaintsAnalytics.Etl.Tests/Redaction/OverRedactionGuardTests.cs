using ComplaintsAnalytics.Etl.Redaction;

namespace ComplaintsAnalytics.Etl.Tests.Redaction;

public class OverRedactionGuardTests
{
    private static readonly PersonalDataRedactor Redactor = new();

    [Theory]
    [InlineData("The Children in Care team and Early Help did not send the CIN plan before Christmas or on Monday.")]
    [InlineData("Parent unhappy with the delay in issuing the EHCP; the SENCO said the LAC review and SEND panel were late.")]
    [InlineData("CAMHS referral was rejected and the family was told to contact the GP.")]
    [InlineData("Complaint upheld in part. Apology given and £250 compensation paid within 20 working days.")]
    [InlineData("Stage 2 investigation by an Independent Person; stage 1 response sent on day 12.")]
    [InlineData("Complaints in 2023/24 rose by 14% against 2022/23.")]
    [InlineData("The complaint was received in March 2015 and escalated in May 2016.")]
    [InlineData("Her 2nd child and 3rd child were at Year 10 Oakfield Park School.")]
    [InlineData("There were 3 Family Court hearings about the placement.")]
    [InlineData("Parent says the Social Worker never visited. Nobody called back.")]
    [InlineData("The Local Government and Social Care Ombudsman found fault; Ofsted were told.")]
    [InlineData("Mum called Children's Services and then called Social Care twice.")]
    [InlineData("Thank you to the Leaving Care team. Great support from the Fostering Service.")]
    [InlineData("The Child Arrangements Order and the Child Protection Plan were not shared with the Syrian family.")]
    [InlineData("The carer asked about Carer Allowance and the manager Decision letter.")]
    public void Text_without_personal_data_is_unchanged(string text)
    {
        var result = Redactor.Redact(text);

        Assert.Same(text, result.Text);
        Assert.Equal(0, result.Total);
    }

    [Theory]
    [InlineData("The child attends Victoria Primary and Grace Academy near Victoria Road.")]
    [InlineData("Parent says the SENCO at Queen Elizabeth Hospital never called.")]
    [InlineData("Placement at St Mary's School and St. John's Ambulance training.")]
    [InlineData("The Ruby Team and Jasmine Ward were involved.")]
    public void Places_named_after_people_survive(string text)
    {
        Assert.Equal(text, Redactor.Redact(text).Text);
    }

    [Fact]
    public void The_council_s_own_place_names_can_be_protected()
    {
        var redactor = new PersonalDataRedactor(["Stanley", "Beverley Road Team"]);

        Assert.Equal("The family lives in Stanley near Beverley.", redactor.Redact("The family lives in Stanley near Beverley.").Text);
        Assert.Equal("Mum called Stanley about [NAME].", redactor.Redact("Mum called Stanley about Tyler.").Text);
        Assert.Equal("[NAME] complained.", redactor.Redact("Stanley Hughes complained.").Text);
        Assert.Equal("[NAME] complained.", redactor.Redact("Mr Stanley complained.").Text);
    }

    [Fact]
    public void Without_protection_a_town_that_is_also_a_first_name_is_redacted()
    {
        Assert.Equal("The family lives in [NAME].", Redactor.Redact("The family lives in Stanley.").Text);
    }

    [Fact]
    public void Ordinals_are_not_postcodes()
    {
        const string text = "The S2 2nd stage and the 1st and 3rd reviews.";
        Assert.Equal(text, Redactor.Redact(text).Text);
    }

    [Fact]
    public void Null_stays_null_and_empty_stays_empty()
    {
        Assert.Equal(new RedactionResult(null, 0, 0, 0, 0, 0, 0), Redactor.Redact(null));
        Assert.Equal(new RedactionResult(string.Empty, 0, 0, 0, 0, 0, 0), Redactor.Redact(string.Empty));
    }

    [Fact]
    public void Whitespace_only_text_is_unchanged()
    {
        Assert.Equal("  \n ", Redactor.Redact("  \n ").Text);
    }
}
