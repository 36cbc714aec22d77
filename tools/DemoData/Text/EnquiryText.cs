using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Enquiries, MP and councillor enquiries, duty matters, informal representations and comments.</summary>
internal static class EnquiryText
{
    public static readonly string[] MpOpeners =
    [
        "Enquiry from {mp} on behalf of constituent {cname}, {address}, re {topic}.",
        "{mp} writes on behalf of {Ctitle} about {topic} for {my} {rel} {child} (DOB {dob}).",
        "MP enquiry ({mp}): {topic}. Constituent: {cname}.",
        "Letter from {mp}'s office - constituent {cname} concerned about {topic}.",
        "{mp} asks for an update on {childFull}'s case: {topic}.",
    ];

    public static readonly string[] MemberOpeners =
    [
        "{cllr} asks on behalf of a resident ({cname}) about {topic}.",
        "Member enquiry from {cllr}: {topic}, family at {address}.",
        "{cllr} has been contacted by {Ctitle} regarding {topic}.",
        "Cllr enquiry - {topic}. Resident {cname}, tel {phone}.",
    ];

    public static readonly string[] EnquiryAsks =
    [
        "Asks for a response within 10 working days.",
        "Requests an explanation and timescale.",
        "Asks what the council is doing to resolve this.",
        "Constituent is very distressed.",
        "Asks whether a complaint would be appropriate.",
        "",
        "",
    ];

    public static readonly Fragment[] Enquiries =
    [
        new(C.Send, "{Cdesc} asking how to request an EHC needs assessment for {child}. Sent link to Local Offer."),
        new(C.Send, "Query re date of {child}'s annual review."),
        new(C.Disabled, "{Cdesc} asking about short breaks eligibility, signposted to the Local Offer."),
        new(C.InCare, "{Cdesc} asking what financial support is available for kinship carers."),
        new(C.Any, "Request for copy of {my} records - signposted to the SAR process."),
        new(C.Any, "{Cdesc} asked how to make a complaint about a school. Advised to use the school's own procedure."),
        new(C.Transport, "Query about the post-16 transport application deadline."),
        new(C.Admissions, "{Cdesc} asking about the waiting list position for {school}."),
        new(C.EarlyHelp, "Asking how to self-refer to Early Help."),
        new(C.Assessment, "Grandparent asking who {child}'s social worker is, advised data protection applies."),
        new(C.Any, "Wanted to know who to speak to about {child}. Passed to team duty."),
        new(C.EarlyHelp, "General enquiry re opening hours of the Family Hub."),
        new(C.LeavingCare, "Care leaver asking about the council tax exemption."),
    ];

    public static readonly Fragment[] Duty =
    [
        new(C.Assessment, "Call to complaints duty: {cdesc} angry that {sw} visited unannounced. TM {tm} rang back same day and resolved."),
        new(C.InCare, "Duty: foster carer allowance not paid this week, chased with payments team and resolved."),
        new(C.Assessment, "Duty matter - {cdesc} unable to get through to MASH, passed details to MASH manager."),
        new(C.Any, "{Cdesc} wanted to speak to a manager urgently, passed to duty manager."),
        new(C.InCare, "Carer reported contact had not been arranged for the weekend, duty SW sorted."),
        new(C.EarlyHelp, "Duty call - {cdesc} upset appointment cancelled, rebooked for next week."),
    ];

    public static readonly Fragment[] Informal =
    [
        new(C.Assessment | C.InCare, "{Cdesc} unhappy with {sw}'s parenting assessment. Care proceedings ongoing (hearing {futureDate}) so cannot be considered under the statutory procedure; logged as informal representation and shared with {tm}."),
        new(C.Assessment | C.InCare, "Concerns about the content of the SW statement to court. Subject to legal proceedings - informal representation, response from TM."),
        new(C.InCare, "{Cdesc} raises issues about contact arrangements while proceedings are live. Advised to raise through solicitor; logged as informal rep."),
        new(C.Assessment, "Father complains he was not invited to the ICPC. PLO process ongoing - informal representation."),
    ];

    public static readonly Fragment[] Comments =
    [
        new(C.Send, "Suggests the Local Offer website is updated, several links to the short breaks page are broken."),
        new(C.EarlyHelp, "Comment that parking at the Family Hub is really difficult for parents with buggies."),
        new(C.Any, "Would like evening appointments for meetings as both parents work full time."),
        new(C.Transport, "Suggests transport letters are sent before the end of the summer term, not in August."),
        new(C.Any, "Feedback that the complaints web form times out before you can finish typing."),
        new(C.Any, "Suggests letters are also sent by email."),
        new(C.Admissions, "Comment that the admissions booklet is hard to understand for parents whose first language isn't English."),
        new(C.InCare, "Foster carer suggests a WhatsApp group for carers run by the fostering team."),
    ];
}
