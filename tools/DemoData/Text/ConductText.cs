using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Fragments for the "staff conduct" theme.</summary>
internal static class ConductText
{
    public static readonly Fragment[] Parent =
    [
        new(C.Any, "{sw} was rude and dismissive and spoke to {me} as if {i} was a criminal."),
        new(C.SocialCare | C.EarlyHelp, "{sw} raised {swhis} voice at {me} in front of the children."),
        new(C.SocialCare | C.EarlyHelp, "{sw} turned up an hour late and was on {swhis} phone for the whole visit."),
        new(C.Any, "{I} was made to feel like a bad parent for asking for help."),
        new(C.Assessment, "{sw} discussed {my} private business with {my} ex-partner."),
        new(C.Assessment | C.InCare, "{sw} lied in the report and said {swhe} had seen {child} on {his} own when {swhe} hadn't."),
        new(C.Any, "The duty worker hung up on {me}."),
        new(C.Any, "{tm} was patronising and refused to listen."),
        new(C.SocialCare, "{sw} made a sarcastic comment about the state of {our} house."),
        new(C.Assessment, "{sw} threatened that {child} would be taken into care if {i} complained."),
        new(C.Transport, "The driver swore at {child} and told {him} to \"shut up\"."),
        new(C.Send, "{sw} said on the phone that \"every parent thinks their child needs a special school\". Totally unprofessional."),
        new(C.Send, "{sw} laughed when {i} said {child} had been self harming."),
        new(C.InCare, "The IRO was on {swhis} laptop the whole review and didn't look up once."),
        new(C.Any, "{I} feel{s} {sw} has taken a personal dislike to {me}."),
        new(C.Admissions, "The officer on the phone was abrupt and told {me} to \"read the booklet\"."),
    ];

    public static readonly Fragment[] YoungPerson =
    [
        new(C.Any, "My {role} shouted at me."),
        new(C.LeavingCare, "My PA is always on {swhis} phone when we meet and makes me feel like a burden."),
        new(C.InCare, "The IRO called me by the wrong name the whole way through my review."),
        new(C.InCare | C.LeavingCare, "My social worker told my foster carer personal stuff I told {swhim} in confidence."),
        new(C.Any, "{swhe} was really rude to me and my advocate."),
    ];

    public static readonly Fragment[] Topics =
    [
        new(C.Any, "attitude of social worker"), new(C.Any, "staff rudeness"), new(C.Any, "unprofessional comments"),
        new(C.Transport, "conduct of taxi driver"), new(C.InCare, "conduct at review"),
    ];
}
