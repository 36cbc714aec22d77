namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>The complaints procedure; <see cref="None"/> for anything that is not a complaint.</summary>
internal enum Procedure
{
    None,
    Statutory,
    Corporate,
}
