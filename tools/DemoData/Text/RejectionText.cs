using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Why a complaint was not accepted, in the words the complaints team records.</summary>
internal static class RejectionText
{
    public static readonly IReadOnlyList<(string Reason, double Weight, Procedure Procedure)> Reasons =
    [
        ("Not authorised to act on behalf of the child", 20, Procedure.Statutory),
        ("Subject to legal proceedings", 25, Procedure.Statutory),
        ("Matter for another organisation (school)", 10, Procedure.Corporate),
        ("Matter for another organisation (health)", 6, Procedure.Corporate),
        ("Another organisation - Police", 3, Procedure.Statutory),
        ("Duplicate of existing complaint", 10, Procedure.Corporate),
        ("More than 12 months old", 10, Procedure.Corporate),
        ("Ongoing assessment - complaint premature", 16, Procedure.Statutory),
    ];
}
