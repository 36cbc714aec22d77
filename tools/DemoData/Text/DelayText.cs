using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Fragments for the "delay" theme.</summary>
internal static class DelayText
{
    public static readonly Fragment[] Parent =
    [
        new(C.Send, "{childFull}'s EHC needs assessment was agreed in {monthName} and {we} are now at week {weeksLong} with no draft plan."),
        new(C.Send, "The 20 week deadline for {child}'s EHCP has long gone, {i} {have} been told it is \"with panel\" for the last {weeks} weeks."),
        new(C.Send, "{child}'s annual review was held in {monthName} and the amended plan has still not been issued."),
        new(C.Send, "{I} requested an EHCNA for {child} on {date} and did not get a decision within 6 weeks as the law says."),
        new(C.Send, "The EP assessment was done {months} months ago and there is still no draft plan."),
        new(C.Send, "{I} {have} been chasing the final EHCP since the draft came out and {child} is now out of school with no provision at all."),
        new(C.Send, "Phase transfer was due by 15 February and {we} still {dont} know which secondary school {child} will be going to in September."),
        new(C.Send, "The tribunal ordered the plan to be amended within 5 weeks. It has now been {weeks} weeks."),
        new(C.Send, "It took {weeks} weeks for anyone to even acknowledge the request for assessment."),
        new(C.Send, "Week {weeksLong} and still no final plan!!"),
        new(C.Send, "EHCP process has taken {months} months so far, SENCO says she has never known it this bad."),
        new(C.Assessment, "The assessment was supposed to be done in 45 working days and it has now been {months} months."),
        new(C.Assessment, "{I} made a referral to MASH about {child} on {date} and heard nothing back for {weeks} weeks."),
        new(C.Assessment, "{I} was promised the outcome of the assessment by {dateText} and {i} {am} still waiting."),
        new(C.Assessment | C.Disabled, "The CIN review was cancelled twice and never rebooked."),
        new(C.Assessment | C.InCare, "The minutes from the {meeting} on {date} still have not been sent out, {weeks} weeks later."),
        new(C.InCare, "{child}'s review minutes took {months} months to arrive and by then the actions were out of date."),
        new(C.InCare, "The delegated authority form still has not been signed so {child} could not go on the school residential."),
        new(C.InCare, "{child}'s passport application has been sat with the social worker since {monthName}."),
        new(C.InCare, "The SGO support plan was meant to be reviewed after 12 months, it is now nearly 2 years."),
        new(C.InCare, "The CAMHS referral that was agreed at the review in {monthName} was not made until {weeks} weeks later."),
        new(C.Disabled, "{We} were assessed for short breaks in {monthName} and there is still no package in place."),
        new(C.Disabled, "The OT assessment for adaptations has been outstanding for {months} months, {child} is still being carried up the stairs."),
        new(C.Transport, "{I} applied for transport in {monthName} and {child} still has no transport {weeks} weeks into term."),
        new(C.Transport, "The transport appeal was heard on {date} and the decision letter took {weeks} weeks to arrive."),
        new(C.Transport, "Nobody processed the transport application over the summer so {child} missed the first {n} weeks of college."),
        new(C.Admissions, "{I} made an in-year application {weeks} weeks ago and {child} still has no school place."),
        new(C.Admissions, "The admissions appeal date keeps being moved, {child} has been out of school since {monthName}."),
        new(C.EarlyHelp, "{I} asked for Early Help in {monthName} and was put on a waiting list, nobody has been in touch since."),
        new(C.EarlyHelp, "The referral to the parenting programme was never processed."),
        new(C.EarlyHelp, "It took {weeks} weeks to allocate a family support worker, by then things had got much worse at home."),
        new(C.LeavingCare, "{child}'s pathway plan has not been reviewed for over a year."),
        new(C.Any, "Everything takes months. {I} {have} been waiting since {monthName} for a simple answer."),
    ];

    public static readonly Fragment[] YoungPerson =
    [
        new(C.LeavingCare, "I have been waiting {months} months for my pathway plan to be done."),
        new(C.InCare | C.LeavingCare, "I asked for my birth certificate and passport ages ago and I still dont have them so I cant open a bank account."),
        new(C.LeavingCare, "My setting up home allowance still hasn't been paid and I'm meant to move in {n} weeks."),
        new(C.InCare | C.LeavingCare, "I asked to see my file in {monthName} and still nothing."),
        new(C.InCare, "I was told I would get a new social worker in 2 weeks, that was {months} months ago."),
        new(C.Send | C.Transport, "I applied for my college transport before the summer and it still isnt sorted."),
        new(C.Any, "I have been waiting ages for someone to get back to me about this."),
    ];

    public static readonly Fragment[] Topics =
    [
        new(C.Send, "delay in EHCNA"), new(C.Send, "EHCP not issued within 20 weeks"), new(C.Send, "annual review amendments not finalised"),
        new(C.Send, "no decision on request for assessment"), new(C.Send, "phase transfer EHCP not amended"),
        new(C.Assessment, "delay in completing assessment"), new(C.Assessment, "no response to MASH referral"),
        new(C.InCare, "late review minutes"), new(C.InCare, "delayed passport application"), new(C.Disabled, "short breaks not in place"),
        new(C.Transport, "transport not arranged for start of term"), new(C.Admissions, "in-year school place delay"),
        new(C.EarlyHelp, "waiting list for Early Help support"), new(C.LeavingCare, "pathway plan overdue"),
    ];
}
