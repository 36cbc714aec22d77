using ComplaintsAnalytics.DemoData.Model;
using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Learning and actions agreed on upheld complaints.</summary>
internal static class LearningText
{
    public static readonly string[] General =
    [
        "Apology given.",
        "Written apology sent by {tm}.",
        "Practice learning shared at the {team} team meeting on {learnDate}.",
        "Case to be discussed in supervision with {sw}.",
        "Reminder to all staff of the expectation to return calls within 2 working days.",
        "Complaint to be used as a case study in the practice week.",
        "Service manager to audit a sample of cases in {team} by {learnDate}.",
    ];

    public static Fragment[] ForTheme(Theme theme) => theme switch
    {
        Theme.Delay =>
        [
            new(C.Send, "Final EHCP to be issued by {learnDate}."), new(C.Send, "Additional EHC coordinator recruited to reduce the backlog."),
            new(C.Send, "Weekly tracker of cases past 20 weeks now reviewed by the SEND manager."), new(C.SocialCare | C.EarlyHelp, "Assessment to be completed by {learnDate}."),
            new(C.Transport | C.Admissions, "Applications received over the summer now checked weekly."), new(C.Any, "Timescales to be monitored by the team manager."),
        ],
        Theme.Communication =>
        [
            new(C.Any, "Named worker confirmed in writing to family."), new(C.Any, "Team to agree fortnightly updates with {cdesc}."),
            new(C.Any, "Letter templates reviewed to remove jargon."), new(C.Any, "Out of office and voicemail messages to name a duty contact."),
        ],
        Theme.Plans =>
        [
            new(C.Send, "Plan to be reviewed and updated within 4 weeks."), new(C.Send, "SALT provision to be reinstated and missed sessions made up."),
            new(C.InCare, "Care plan updated to reflect sibling contact."), new(C.InCare | C.LeavingCare, "IRO to monitor delivery of the plan."),
            new(C.Assessment | C.Disabled | C.EarlyHelp | C.LeavingCare, "Plan to be reviewed with the family within 4 weeks."), new(C.Transport, "Transport offer to be checked against the EHCP."),
        ],
        Theme.Decision =>
        [
            new(C.Any, "Decision reviewed by service manager and overturned."), new(C.SocialCare | C.EarlyHelp, "Assessment to be redone by a different worker."),
            new(C.Transport, "Transport policy wording to be clarified for parents."), new(C.Send, "Panel minutes to record reasons for decisions."),
            new(C.Admissions, "Application reconsidered and place offered."),
        ],
        Theme.Service =>
        [
            new(C.Assessment | C.InCare, "Contact supervisor capacity increased."), new(C.Disabled, "Respite to be rebooked and family offered additional hours."),
            new(C.Transport, "Transport provider contract performance meeting held."), new(C.Any, "Handover checklist introduced for workers leaving the team."),
            new(C.Send, "Interim tuition increased while a school place is found."),
        ],
        Theme.Conduct =>
        [
            new(C.Any, "Conduct addressed with worker through management."), new(C.Any, "Worker reminded of professional standards."),
            new(C.Any, "Customer care training for the team."),
        ],
        Theme.Records =>
        [
            new(C.Any, "Assessment amended and corrected copy sent."), new(C.Any, "Data breach reported to Information Governance, ref DB-{ref}."),
            new(C.Any, "Minutes corrected and recirculated."), new(C.Any, "Recording training for all staff in the team."),
        ],
        Theme.Equalities =>
        [
            new(C.Any, "Interpreter booking process reviewed."), new(C.Any, "Reasonable adjustments to be recorded on the case file."),
            new(C.Any, "Equality and diversity refresher for the team."),
        ],
        _ =>
        [
            new(C.Any, "Reimbursement of £{amount} agreed."), new(C.InCare | C.LeavingCare, "Allowance backdated."),
            new(C.Any, "Payments process reviewed with finance."),
        ],
    };
}
