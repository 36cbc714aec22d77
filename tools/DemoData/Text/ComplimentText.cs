using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Compliments: thanks from families, young people, carers and professionals.</summary>
internal static class ComplimentText
{
    public static readonly Fragment[] Thanks =
    [
        new(C.Any, "{Cdesc} emailed to say a huge thank you to {sw} for all {swhis} support with {child} over the last year."),
        new(C.Any, "Card received from {cname} thanking {swFirst} for \"never giving up on us\"."),
        new(C.Any, "Just wanted to say {sw} has been amazing. {swHe} actually listens and does what {swhe} says {swhe} will do."),
        new(C.Any, "{Cdesc} rang to praise {sw}, said {swhe} is the first worker who has made a difference."),
        new(C.LeavingCare, "{Cdesc} wanted to thank {sw} for helping with the uni application."),
        new(C.InCare, "{Cdesc} ({cname}) wrote to thank the team for the support during a difficult placement."),
        new(C.Assessment | C.InCare, "{Cdesc} passed on feedback from the Judge at the final hearing praising the quality of {sw}'s evidence and analysis."),
        new(C.Send, "{Cdesc} thanked the SEND team for turning round {child}'s amended EHCP so quickly."),
        new(C.Send, "{Cdesc} thanked {sw} for keeping {me} updated every week during the assessment, \"it made all the difference\"."),
        new(C.Transport, "{Cdesc} wanted to thank driver Steve and PA Lorraine on route NB14 for how kind they are with {child}."),
        new(C.Admissions, "Thank you to {sw} for sorting out {child}'s place so quickly after we moved."),
        new(C.EarlyHelp, "{Cdesc} said the family support worker {sw} \"saved our family\". The parenting course really helped."),
        new(C.EarlyHelp, "Lovely feedback at the end of the TAF: {Cdesc} said {swFirst} was always on time and never judged {me}."),
        new(C.Disabled, "{Cdesc} thanked {sw} for getting the short breaks sorted, {child} loves going to Hollybank."),
        new(C.LeavingCare, "{Cdesc} sent a text to say thank you to {sw} for the help moving into the new flat."),
        new(C.Any, "Thank you card from the family at the end of involvement."),
        new(C.Assessment, "{Cdesc} asked to pass on thanks to {tm} for the way the strategy meeting was chaired."),
    ];
}
