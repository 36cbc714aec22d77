using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>The officer's subject category, in Northbrook's own words, for a record's main theme.</summary>
internal static class CategoryText
{
    public static string For(Random random, Theme theme, TextContext context, int financialYear) => theme switch
    {
        Theme.Delay => context switch
        {
            TextContext.Send => random.Pick(["Delay in providing an EHCP", "Delay in providing an EHCP", "EHCP timescales", "Delay in annual review"]),
            _ => random.Pick(["Delay in service", "Delay in service", "Timeliness"]),
        },
        Theme.Communication => financialYear == 2022 ? "Communication" : random.Pick(["Communication", "Lack of communication", "Poor communication"]),
        Theme.Plans => context switch
        {
            TextContext.Send => random.Pick(["EHCP content", "EHCP provision not delivered"]),
            TextContext.LeavingCare => "Pathway planning",
            TextContext.InCare or TextContext.Disabled => "Care planning",
            TextContext.Transport => "Transport arrangements",
            _ => "Case management",
        },
        Theme.Decision => context switch
        {
            TextContext.Transport => "Transport eligibility",
            TextContext.Admissions => "School admissions decision",
            TextContext.Send => random.Pick(["Refusal to assess", "Professional decision making"]),
            _ => random.Pick(["Professional decision making", "Professional decision making", "Disagree with assessment", "Disagree with decision"]),
        },
        Theme.Service => context switch
        {
            TextContext.Transport => "Transport arrangements",
            TextContext.InCare => random.Pick(["Placement issues", "Contact arrangements", "Issues with service"]),
            _ => financialYear == 2024
                ? random.Pick(["Service issues", "Quality of service", "Case management"])
                : random.Pick(["Issues with service", "Quality of service", "Case management"]),
        },
        Theme.Conduct => random.Pick(["Staff attitude", "Staff attitude", "Staff conduct", "Professional conduct"]),
        Theme.Records => random.Pick(["Accuracy of records", "Data protection", "Subject access request"]),
        Theme.Equalities => random.Pick(["Discrimination", "Equality and diversity"]),
        _ => random.Pick(["Financial", "Financial", "Allowances/payments", "Reimbursement"]),
    };
}
