namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>The service area a record is about (canonical service_area).</summary>
internal enum ServiceArea
{
    SocialCare,
    Send,
    Education,
    EarlyHelp,
}
