namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>
/// Which service context a text fragment fits. A team has one or more of these; a fragment is only
/// used for a record whose team shares a flag with it.
/// </summary>
[Flags]
internal enum TextContext
{
    None = 0,
    Assessment = 1,
    InCare = 2,
    LeavingCare = 4,
    Disabled = 8,
    Send = 16,
    Transport = 32,
    Admissions = 64,
    EarlyHelp = 128,
    SocialCare = Assessment | InCare | LeavingCare | Disabled,
    Any = SocialCare | Send | Transport | Admissions | EarlyHelp,
}
