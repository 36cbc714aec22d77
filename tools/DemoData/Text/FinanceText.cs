using C = ComplaintsAnalytics.DemoData.Model.TextContext;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Fragments for the "money" theme.</summary>
internal static class FinanceText
{
    public static readonly Fragment[] Parent =
    [
        new(C.SocialCare, "{I} {have} not been reimbursed the £{amount} mileage for taking {child} to contact."),
        new(C.InCare, "{My} SGO allowance was reduced without any warning."),
        new(C.InCare, "The fostering allowance has been paid late {n} months running."),
        new(C.Disabled | C.Send, "{My} direct payment was suspended for an audit and {we} have had no support for {weeks} weeks."),
        new(C.Assessment, "{We} were told there is no financial support because of NRPF and were left with nothing."),
        new(C.Transport, "{I} {am} being asked to pay the £{amount} post-16 transport contribution which {i} cannot afford."),
        new(C.Send, "{I} paid for a private EP report myself (£{amount}) and want{s} it reimbursed."),
        new(C.InCare, "The kinship allowance is means tested and nobody told {me} this before {i} agreed to take {child}."),
        new(C.EarlyHelp, "{I} was promised help with a food bank referral and a cooker and neither happened."),
        new(C.Send, "The personal budget in the plan has not been paid since {monthName}."),
        new(C.Any, "{I} {have} been out of pocket by £{amount} because of all this."),
    ];

    public static readonly Fragment[] YoungPerson =
    [
        new(C.LeavingCare, "My leaving care grant was spent on stuff without asking me."),
        new(C.LeavingCare, "My bursary hasn't been paid since {monthName}."),
        new(C.LeavingCare, "I was told I have to pay council tax, I thought care leavers didn't have to."),
        new(C.InCare, "My pocket money and savings haven't been paid into my account."),
    ];

    public static readonly Fragment[] Topics =
    [
        new(C.SocialCare, "mileage not reimbursed"), new(C.InCare, "allowance reduced or late"), new(C.Send | C.Disabled, "direct payment suspended"),
        new(C.Transport, "post-16 transport charge"), new(C.LeavingCare, "leaving care grant"), new(C.Any, "financial loss"),
    ];
}
