using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Writes the details of compliments, enquiries, MP and councillor enquiries, duty matters, informal representations and comments.</summary>
internal sealed class OtherSummaryComposer(Random random)
{
    private readonly TokenBuilder _tokens = new(random);
    private readonly TextStyler _styler = new(random);
    private readonly IssuePicker _issues = new(random);

    public string Compose(DemoCase record)
    {
        var tokens = _tokens.Build(record, Voice.ThirdPerson);
        var context = record.Team.Context;
        tokens["topic"] = _issues.Topic(record.Themes[0], context);
        var template = record.Type switch
        {
            RecordType.Compliment => Compliment(context),
            RecordType.MpEnquiry => Join(random.Pick(EnquiryText.MpOpeners), random.Pick(EnquiryText.EnquiryAsks)),
            RecordType.MemberEnquiry => Join(random.Pick(EnquiryText.MemberOpeners), random.Pick(EnquiryText.EnquiryAsks)),
            RecordType.Enquiry => _issues.Fragment(EnquiryText.Enquiries, context),
            RecordType.DutyMatter => _issues.Fragment(EnquiryText.Duty, context),
            RecordType.InformalRepresentation => _issues.Fragment(EnquiryText.Informal, context),
            _ => _issues.Fragment(EnquiryText.Comments, context),
        };

        var text = TemplateFiller.Fill(template, tokens);
        return random.Chance(0.35) ? _styler.Abbreviate(text, 0.5) : text;
    }

    private string Compliment(TextContext context)
    {
        var text = _issues.Fragment(ComplimentText.Thanks, context);
        return random.Chance(0.2) ? text + " Asked for this to be passed on to {tm}." : text;
    }

    private static string Join(string first, string second) => second.Length == 0 ? first : first + " " + second;
}
