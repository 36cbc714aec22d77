using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Fragments for the "equalities" theme.</summary>
internal static class EqualitiesText
{
    public static readonly Fragment[] Parent =
    [
        new(C.Any, "{child} is autistic and no reasonable adjustments were made, the meeting was in a noisy room and {he} was expected to speak in front of 10 people."),
        new(C.Any, "{I} {am} deaf and asked for a BSL interpreter which was never booked."),
        new(C.Any, "{I} feel{s} {we} {have} been treated differently because of {our} race."),
        new(C.SocialCare | C.EarlyHelp, "No interpreter was provided, {my} first language is Polish and {i} did not understand the conference."),
        new(C.Any, "Comments were made about {my} religion which {i} found offensive."),
        new(C.Any, "{I} {have} ADHD myself and asked for things in writing, but everything is still done over the phone."),
        new(C.Transport, "The transport offer does not take any account of {child}'s disability."),
        new(C.Send, "{I} believe{s} {child} is being discriminated against because of {his} disability, the school is only letting {him} in for mornings."),
        new(C.Assessment, "The assessment makes assumptions about {our} culture that are wrong and offensive."),
    ];

    public static readonly Fragment[] YoungPerson =
    [
        new(C.InCare | C.LeavingCare, "I told my social worker my placement made comments about me being gay and nothing was done."),
        new(C.Any, "I asked for an interpreter for my review and there wasn't one."),
        new(C.Any, "I'm autistic and nobody made any adjustments for me."),
    ];

    public static readonly Fragment[] Topics =
    [
        new(C.Any, "no interpreter provided"), new(C.Any, "reasonable adjustments not made"), new(C.Any, "alleged discrimination"),
    ];
}
