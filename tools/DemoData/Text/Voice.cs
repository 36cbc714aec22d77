namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Who is speaking in a summary: the complainant themselves, an officer about them, or an officer about a family.</summary>
internal enum Voice
{
    FirstPerson,
    ThirdPerson,
    Family,
}
