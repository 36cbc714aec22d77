using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Fragments for the "service provision" theme.</summary>
internal static class ServiceText
{
    public static readonly Fragment[] Parent =
    [
        new(C.SocialCare | C.Send | C.EarlyHelp, "{child} has had {n} different {role}s in the last year."),
        new(C.SocialCare | C.EarlyHelp, "{sw} has not visited {child} since {monthName}."),
        new(C.Any, "The work agreed at handover was never picked up after {sw} left."),
        new(C.Any, "The service {we} have had has been shocking from start to finish."),
        new(C.Assessment | C.InCare, "Contact with {child}'s dad was cancelled at the last minute three times because there was no supervisor."),
        new(C.Assessment, "The family support worker promised in the plan never started."),
        new(C.InCare, "{child} has been moved {n} times in a year."),
        new(C.InCare, "Family time keeps being cancelled because there is no transport."),
        new(C.InCare, "The placement broke down because the support that was promised never came."),
        new(C.InCare, "{I} {have} had no visit from a supervising social worker for {months} months."),
        new(C.InCare, "No respite has been given despite it being agreed at fostering panel."),
        new(C.InCare, "There was no out of hours support when {child} went missing on {date}, EDT did not call back."),
        new(C.Disabled, "Respite at Hollybank was cancelled with 24 hours notice."),
        new(C.Disabled, "{We} cannot use the direct payment hours because no agency will take the package."),
        new(C.Disabled, "The equipment {child} needs (a specialist seat) has been on order since {monthName}."),
        new(C.Send, "{child} has been out of school since {monthName} with only 2 hours a week of online tuition."),
        new(C.Send, "The EOTAS package agreed at tribunal has never been put in place."),
        new(C.Send, "The LA has not found a school for {child} and {i} {have} had to give up work to look after {him}."),
        new(C.Transport, "The taxi has been late {n} times this half term and {child} keeps missing registration."),
        new(C.Transport, "The driver changes every week which is really distressing for {child} who is autistic."),
        new(C.Transport, "The passenger assistant doesn't know how to use {child}'s epipen."),
        new(C.Transport, "{child} was left on the minibus for 40 minutes on {date} because the driver went to the wrong school."),
        new(C.Admissions, "{child} has been offered a place 2 buses away when there are closer schools with places."),
        new(C.EarlyHelp, "The family support worker came twice and then just stopped."),
        new(C.EarlyHelp, "The parenting course was cancelled and never rescheduled."),
        new(C.EarlyHelp, "The Family Hub was closed when {we} turned up for the appointment."),
        new(C.LeavingCare, "{child} was put in a B&B when {his} placement ended, with no support at all."),
    ];

    public static readonly Fragment[] YoungPerson =
    [
        new(C.LeavingCare, "I was put in a B&B for 3 weeks when I turned 18."),
        new(C.LeavingCare, "My flat has damp and mould and my PA said it's not their problem."),
        new(C.InCare | C.LeavingCare, "I have had {n} social workers in 2 years, I'm sick of telling my story again."),
        new(C.InCare, "I've been moved {n} times and I've had to change school every time."),
        new(C.InCare, "My contact with my mum keeps getting cancelled and no one tells me why."),
        new(C.LeavingCare, "I was promised help finding an apprenticeship and nobody has done anything."),
        new(C.Any, "I don't feel like anyone actually helps me."),
    ];

    public static readonly Fragment[] Topics =
    [
        new(C.SocialCare, "frequent change of social worker"), new(C.InCare, "placement stability"), new(C.InCare, "contact cancelled"),
        new(C.InCare, "lack of support to carers"), new(C.Disabled, "respite cancelled"), new(C.Send, "child out of school without provision"),
        new(C.Transport, "taxi late and unreliable"), new(C.Transport, "change of driver"), new(C.EarlyHelp, "support withdrawn"),
        new(C.LeavingCare, "unsuitable accommodation"), new(C.Admissions, "distance to school offered"),
    ];
}
