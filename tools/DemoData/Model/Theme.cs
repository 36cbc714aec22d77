namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>The nine benchmark themes of /work/shared/spec/themes.csv.</summary>
internal enum Theme
{
    Delay,
    Communication,
    Plans,
    Decision,
    Service,
    Conduct,
    Records,
    Equalities,
    Finance,
}
