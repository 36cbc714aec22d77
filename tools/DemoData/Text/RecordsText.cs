using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Fragments for the "records and information" theme.</summary>
internal static class RecordsText
{
    public static readonly Fragment[] Parent =
    [
        new(C.SocialCare | C.EarlyHelp, "The assessment has factual errors, it says {child} lives with {his} dad which is wrong."),
        new(C.Any, "The report says {i} refused to engage which is simply untrue."),
        new(C.Assessment | C.InCare, "{My} address was shared with {my} ex-partner in the conference minutes. {I} fled domestic abuse and now {i} {dont} feel safe."),
        new(C.Any, "{I} asked for a copy of {my} records (SAR) on {date} and it has been {months} months."),
        new(C.Any, "The minutes of the {meeting} are inaccurate and {i} want{s} them corrected."),
        new(C.Any, "Another family's details were in the letter sent to {me}."),
        new(C.SocialCare, "The chronology is missing key events, for example {child}'s hospital admission in {monthName}."),
        new(C.Send, "The EHCP still has {child}'s old diagnosis and the wrong date of birth."),
        new(C.Send, "The EP report attached to the plan is for a different child."),
        new(C.Transport, "The transport team sent {child}'s medical information to the wrong taxi firm."),
        new(C.Assessment, "The referral says {i} {have} mental health problems, {i} {have} never had any diagnosis."),
        new(C.EarlyHelp, "Notes from the Early Help assessment were shared with school without {my} consent."),
    ];

    public static readonly Fragment[] YoungPerson =
    [
        new(C.InCare | C.LeavingCare, "My file has stuff in it about my mum that isn't true."),
        new(C.InCare | C.LeavingCare, "I asked for my records and half of it is blacked out."),
        new(C.InCare, "My foster carer read my life story work without asking me."),
    ];

    public static readonly Fragment[] Topics =
    [
        new(C.Any, "inaccurate report"), new(C.Any, "minutes not accurate"), new(C.Any, "subject access request delay"),
        new(C.Any, "data breach"), new(C.Send, "errors in EHCP"),
    ];
}
