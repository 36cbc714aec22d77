using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Fragments for the "communication" theme.</summary>
internal static class CommunicationText
{
    public static readonly Fragment[] Parent =
    [
        new(C.Any, "{I} {have} left numerous messages for {sw} and not one has been returned."),
        new(C.Any, "Nobody has told {me} who {child}'s new {role} is."),
        new(C.Any, "{I} emailed {tm} on {date} and again on {date2} and got no reply to either."),
        new(C.Any, "{I} only found out about the {meeting} the night before."),
        new(C.Any, "{My} emails are just ignored."),
        new(C.Any, "The letter {i} received was cold and full of jargon, {i} did not understand what it meant for {child}."),
        new(C.Any, "{I} {have} been given different information by three different people."),
        new(C.Any, "{sw} told {me} one thing and the letter said the complete opposite."),
        new(C.Any, "Nobody listens to what {i} say{s} about {child}."),
        new(C.Any, "{I} asked for the information in writing and was told to ring the duty line instead."),
        new(C.Any, "The phone just rings out, the team inbox sends an automatic reply and then nothing."),
        new(C.Any, "{I} was never told the outcome of the {meeting}."),
        new(C.Any, "{I} {have} had no update at all since {monthName}."),
        new(C.Any, "Nobody told {me} {sw} had left, {i} only found out when {i} rang to chase."),
        new(C.Any, "{I} was promised a call back \"by the end of the week\" {n} times."),
        new(C.Any, "{I} {have} had to chase every single thing myself."),
        new(C.Any, "{We} were not consulted at all before the decision was made."),
        new(C.Send, "{I} was not consulted on the school named in section I of the plan."),
        new(C.Send, "The SEND team does not answer the phone and {sw}'s voicemail is full."),
        new(C.Send, "The caseworker changed {n} times and each one asked {me} to explain everything again from the start."),
        new(C.Send, "The SENCO at {school} has also tried to contact the team and been ignored."),
        new(C.Transport, "The taxi company was changed without anyone telling {me} and nobody turned up on Monday morning."),
        new(C.Transport, "{I} was only told the day before term started that the route had been cancelled."),
        new(C.Admissions, "The offer letter went to an old address even though {i} had updated it online."),
        new(C.Assessment, "{sw} turned up at the house unannounced and would not say why."),
        new(C.Assessment | C.InCare, "The conference report was given to {me} 10 minutes before the meeting so {i} had no time to read it."),
        new(C.InCare, "{I} {am} {child}'s carer and {i} {am} the last to know anything."),
        new(C.InCare, "{child} was not told {his} social worker was leaving and did not get to say goodbye."),
        new(C.EarlyHelp, "The family support worker cancelled {n} appointments by text with no explanation."),
        new(C.Disabled, "{I} {have} asked {n} times for someone to explain how the short breaks budget is worked out."),
    ];

    public static readonly Fragment[] YoungPerson =
    [
        new(C.Any, "My {role} never answers the phone and doesn't reply to texts."),
        new(C.InCare | C.LeavingCare, "Nobody told me my social worker was leaving, I found out from my foster carer."),
        new(C.InCare | C.LeavingCare, "I wasn't asked what I wanted before my review."),
        new(C.Any, "They talk about me in meetings but don't listen to anything I say."),
        new(C.InCare, "I asked my IRO to ring me and they never did."),
        new(C.LeavingCare, "I've had {n} PAs and none of them tell me anything, I have to find stuff out myself."),
        new(C.Any, "nobody gets back to me"),
    ];

    public static readonly Fragment[] Topics =
    [
        new(C.Any, "calls and emails not returned"), new(C.Any, "no named worker"), new(C.Any, "lack of updates"),
        new(C.Any, "not informed of change of worker"), new(C.Send, "no response from SEND caseworker"),
        new(C.Transport, "not told of transport changes"), new(C.Assessment | C.InCare, "reports shared late before meeting"),
        new(C.Any, "poor communication"),
    ];
}
