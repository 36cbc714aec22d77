namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// Invented complaint summaries across the nine benchmark themes (models/Themes/themes.csv), built from a few parts
/// so that hardly two are alike, naming invented people and contact details for the redactor to find.
/// </summary>
internal static class NationalSummaries
{
    /// <summary>The nine theme codes with the officer's category a case system would show for each.</summary>
    public static readonly (string Code, string Category)[] Themes =
    [
        ("delay", "Delay"), ("communication", "Communication"), ("plans", "EHC / care plans"), ("decision", "Decision or procedure"),
        ("service", "Service provision"), ("conduct", "Staff conduct"), ("records", "Records and information"),
        ("equalities", "Equalities"), ("finance", "Money and payments"),
    ];

    private static readonly string[][] Phrases =
    [
        ["The EHC needs assessment is {0} weeks past the 20-week deadline", "Still waiting {0} weeks for the child in need assessment", "The annual review was cancelled twice and is now {0} weeks late", "The decision on the respite request has taken {0} weeks"],
        ["No one has returned calls or emails for {0} weeks", "Nobody told the family the outcome of the meeting", "Letters from the team contradict what the social worker said on the phone", "The family has had no named contact for {0} weeks"],
        ["The EHC plan does not name the school agreed at the tribunal", "The child protection plan is not being followed", "The pathway plan has not been updated in {0} months", "Provision in section F of the plan has not been delivered for {0} weeks"],
        ["Disagrees with the decision to refuse a needs assessment", "Says the decision to close the case ignored new evidence", "Disputes the eligibility ruling for home to school transport", "The procedure for the strategy meeting was not followed"],
        ["Respite was withdrawn without notice", "The promised placement did not happen for {0} weeks", "The worker never visited after the handover", "Contact sessions were cancelled {0} times this term"],
        ["The social worker was rude and dismissive at the home visit", "Feels the team manager was biased against the father", "Says a worker shouted at the young person", "Unprofessional comments were made in front of the children"],
        ["The assessment contains facts about the wrong family", "Minutes of the conference were never circulated", "Personal details were sent to an ex-partner's address", "Asks for records to be corrected, {0} errors listed"],
        ["No reasonable adjustments were made for the parent's autism", "Says the family was treated differently because of their religion", "No interpreter was offered at {0} meetings", "Feels the decision discriminates against a disabled child"],
        ["The foster allowance has been paid late {0} times", "Asks to be reimbursed £{0}0 for travel to contact", "Direct payments stopped without explanation", "Charged for a service the plan says is free"],
    ];

    private static readonly string[] FirstNames = ["Rebecca", "Tyler", "Oliver", "Amira", "Daniel", "Chloe", "Kwame", "Priya", "Liam", "Sofia", "Jack", "Fatima", "Noah", "Megan", "Aidan", "Zara"];
    private static readonly string[] LastNames = ["Okafor", "Marsh", "Bennett", "Price", "Hussain", "Kowalski", "Evans", "Nguyen", "O'Brien", "Clarke", "Patel", "Taylor", "Murphy", "Achebe"];
    private static readonly string[] Openers = ["Mum says", "Dad reports", "Grandmother complains that", "The young person says", "Foster carer says", "Advocate writes that", "Parent states", string.Empty];
    private static readonly string[] Closers =
    [
        "and wants an apology.", "and asks for a meeting with the manager.", "Contact on 07700 900{0:D3}.", "Email {1}.{2}@example.org.",
        "This is the third complaint about it.", "and says the family is at breaking point.", "The MP has been copied in.", ".",
    ];

    /// <summary>A summary whose main theme is <paramref name="theme"/> (an index into <see cref="Themes"/>), sometimes with a second theme.</summary>
    public static string Compose(Random random, int theme)
    {
        var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
        var main = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Phrases[theme]), random.Next(2, 30));
        var second = random.Next(4) == 0 ? "; also " + Lower(string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Phrases[random.Next(Phrases.Length)]), random.Next(2, 12))) : string.Empty;
        var closer = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Closers), random.Next(1000), Lower(FirstNames[random.Next(FirstNames.Length)]), random.Next(10, 99));
        var opener = Pick(random, Openers);
        return $"{opener} {main} for {name}{second} {closer}".Trim();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
