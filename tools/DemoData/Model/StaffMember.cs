namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>An invented member of staff.</summary>
internal sealed record StaffMember(string First, string Last, bool Female)
{
    public string Full => $"{First} {Last}";
}
