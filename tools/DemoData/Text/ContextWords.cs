using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Meetings and plans as each kind of team talks about them.</summary>
internal static class ContextWords
{
    public static string[] Meetings(TextContext context) => context switch
    {
        TextContext.Assessment => ["CP conference", "CIN meeting", "core group", "strategy meeting", "child protection conference"],
        TextContext.InCare => ["LAC review", "CLA review", "PEP meeting", "review", "placement planning meeting"],
        TextContext.LeavingCare => ["pathway plan review", "review"],
        TextContext.Disabled => ["CIN review", "short breaks review", "CIN meeting"],
        TextContext.Send => ["annual review", "EHCP review meeting", "TAC meeting", "co-production meeting"],
        TextContext.Transport => ["transport review", "stage 2 transport appeal"],
        TextContext.Admissions => ["admissions appeal", "fair access panel"],
        _ => ["TAF meeting", "Team Around the Family meeting", "review meeting"],
    };

    public static string[] Plans(TextContext context) => context switch
    {
        TextContext.Assessment => ["CP plan", "CIN plan", "child protection plan", "child in need plan"],
        TextContext.InCare => ["care plan", "LAC care plan"],
        TextContext.LeavingCare => ["pathway plan"],
        TextContext.Disabled => ["CIN plan", "short breaks plan"],
        TextContext.Send or TextContext.Transport => ["EHCP", "EHC plan"],
        _ => ["family plan", "TAF plan"],
    };
}
