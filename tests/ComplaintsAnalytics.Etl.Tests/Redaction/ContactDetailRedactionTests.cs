using ComplaintsAnalytics.Etl.Redaction;

namespace ComplaintsAnalytics.Etl.Tests.Redaction;

public class ContactDetailRedactionTests
{
    private static readonly PersonalDataRedactor Redactor = new();

    private static string? Redact(string text) => Redactor.Redact(text).Text;

    [Theory]
    [InlineData("Email jo.marsh99@example.co.uk for details.", "Email [EMAIL] for details.")]
    [InlineData("Reply to t_okafor+complaints@mail.example.com.", "Reply to [EMAIL].")]
    [InlineData("(contact: a.b@example.org)", "(contact: [EMAIL])")]
    public void Email_addresses_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Theory]
    [InlineData("Call 07700 900123 please.", "Call [PHONE] please.")]
    [InlineData("Call 07700-900-123 please.", "Call [PHONE] please.")]
    [InlineData("Call 07700900123 please.", "Call [PHONE] please.")]
    [InlineData("Call +44 7700 900123 please.", "Call [PHONE] please.")]
    [InlineData("Call +447700900123 please.", "Call [PHONE] please.")]
    [InlineData("Call +44 (0)7700 900123 please.", "Call [PHONE] please.")]
    [InlineData("Call 0161 496 0000 please.", "Call [PHONE] please.")]
    [InlineData("Call 01632 960123 please.", "Call [PHONE] please.")]
    [InlineData("Call 01632960123 please.", "Call [PHONE] please.")]
    [InlineData("Call 020 7946 0000 please.", "Call [PHONE] please.")]
    [InlineData("Call (01632) 960123 please.", "Call [PHONE] please.")]
    public void Uk_phone_numbers_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Theory]
    [InlineData("DOB 04/07/2012.", "DOB [DATE].")]
    [InlineData("Seen on 12/03/2015.", "Seen on [DATE].")]
    [InlineData("Seen on 12.3.15.", "Seen on [DATE].")]
    [InlineData("Seen on 12-03-2015.", "Seen on [DATE].")]
    [InlineData("Seen on 2015-03-12.", "Seen on [DATE].")]
    [InlineData("Seen on 3 March 2015.", "Seen on [DATE].")]
    [InlineData("Seen on 3rd March, 2015.", "Seen on [DATE].")]
    [InlineData("Seen on 3rd of March.", "Seen on [DATE].")]
    [InlineData("Seen on 3 Mar 15 and 3 Sept '15.", "Seen on [DATE] 15 and [DATE].")]
    [InlineData("Seen on March 3rd 2015.", "Seen on [DATE].")]
    [InlineData("Seen on March 3, 2015.", "Seen on [DATE].")]
    [InlineData("Seen on Monday 14th October.", "Seen on Monday [DATE].")]
    [InlineData("Born 4 july 2012.", "Born [DATE].")]
    public void Dates_are_redacted_whatever_their_format(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Theory]
    [InlineData("Moved to NB3 7QT last year.", "Moved to [POSTCODE] last year.")]
    [InlineData("Moved to sw1a 1aa last year.", "Moved to [POSTCODE] last year.")]
    [InlineData("Moved to M1 1AE last year.", "Moved to [POSTCODE] last year.")]
    [InlineData("Moved to B338TH last year.", "Moved to [POSTCODE] last year.")]
    public void Uk_postcodes_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Theory]
    [InlineData("Lives at 14 Mill Lane with her nan.", "Lives at [ADDRESS] with her nan.")]
    [InlineData("Lives at Flat 2, 33 Station Road now.", "Lives at [ADDRESS] now.")]
    [InlineData("Lives at 7a St Mary's Gardens now.", "Lives at [ADDRESS] now.")]
    [InlineData("Lives at 120 High St, Northbrook.", "Lives at [ADDRESS], Northbrook.")]
    [InlineData("The flat at 5 Kingfisher Court.", "The flat at [ADDRESS].")]
    [InlineData("Lives at 9 Upper Church View, NB3 7QT.", "Lives at [ADDRESS], [POSTCODE].")]
    public void Street_addresses_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, Redact(text));
    }

    [Fact]
    public void Each_kind_is_counted()
    {
        var result = Redactor.Redact(
            "SW Rebecca Okafor visited Tyler Marsh (DOB 04/07/2012) at 14 Mill Lane, NB3 7QT on 3 March 2015; "
            + "call 07700 900123 or 0161 496 0000, or email jo.marsh@example.com.");

        Assert.Equal(
            "SW [NAME] visited [NAME] (DOB [DATE]) at [ADDRESS], [POSTCODE] on [DATE]; call [PHONE] or [PHONE], or email [EMAIL].",
            result.Text);
        Assert.Equal(new RedactionResult(result.Text, Names: 2, Emails: 1, Phones: 2, Dates: 2, Postcodes: 1, Addresses: 1), result);
        Assert.Equal(9, result.Total);
    }

    [Fact]
    public void A_name_inside_an_email_address_goes_with_the_address()
    {
        var result = Redactor.Redact("Wrote to tyler.marsh@example.com and Tyler replied.");
        Assert.Equal("Wrote to [EMAIL] and [NAME] replied.", result.Text);
        Assert.Equal((1, 1), (result.Emails, result.Names));
    }
}
