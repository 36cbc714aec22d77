using ComplaintsAnalytics.DemoData.Model;

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

    public static string[] ForTheme(Theme theme) => theme switch
    {
        Theme.Delay => ["Final EHCP to be issued by {learnDate}.", "Additional EHC coordinator recruited to reduce the backlog.", "Weekly tracker of cases past 20 weeks now reviewed by the SEND manager.", "Assessment to be completed by {learnDate}."],
        Theme.Communication => ["Named worker confirmed in writing to family.", "Team to agree fortnightly updates with {cdesc}.", "Letter templates reviewed to remove jargon.", "Out of office and voicemail messages to name a duty contact."],
        Theme.Plans => ["Plan to be reviewed and updated within 4 weeks.", "SALT provision to be reinstated and missed sessions made up.", "Care plan updated to reflect sibling contact.", "IRO to monitor delivery of the plan."],
        Theme.Decision => ["Decision reviewed by service manager and overturned.", "Assessment to be redone by a different worker.", "Transport policy wording to be clarified for parents.", "Panel minutes to record reasons for decisions."],
        Theme.Service => ["Contact supervisor capacity increased.", "Respite to be rebooked and family offered additional hours.", "Transport provider contract performance meeting held.", "Handover checklist introduced for workers leaving the team."],
        Theme.Conduct => ["Conduct addressed with worker through management.", "Worker reminded of professional standards.", "Customer care training for the team."],
        Theme.Records => ["Assessment amended and corrected copy sent.", "Data breach reported to Information Governance, ref DB-{ref}.", "Minutes corrected and recirculated.", "Recording training for all staff in the team."],
        Theme.Equalities => ["Interpreter booking process reviewed.", "Reasonable adjustments to be recorded on the case file.", "Equality and diversity refresher for the team."],
        _ => ["Reimbursement of £{amount} agreed.", "Allowance backdated.", "Payments process reviewed with finance."],
    };
}
