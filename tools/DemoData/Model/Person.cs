namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>An invented member of the public.</summary>
internal sealed record Person(string First, string Last, bool Female)
{
    public string Full => $"{First} {Last}";
}
