using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>The fragment lists of each theme.</summary>
internal static class ThemeText
{
    public static IReadOnlyList<Fragment> Parent(Theme theme) => theme switch
    {
        Theme.Delay => DelayText.Parent,
        Theme.Communication => CommunicationText.Parent,
        Theme.Plans => PlansText.Parent,
        Theme.Decision => DecisionText.Parent,
        Theme.Service => ServiceText.Parent,
        Theme.Conduct => ConductText.Parent,
        Theme.Records => RecordsText.Parent,
        Theme.Equalities => EqualitiesText.Parent,
        _ => FinanceText.Parent,
    };

    public static IReadOnlyList<Fragment> YoungPerson(Theme theme) => theme switch
    {
        Theme.Delay => DelayText.YoungPerson,
        Theme.Communication => CommunicationText.YoungPerson,
        Theme.Plans => PlansText.YoungPerson,
        Theme.Decision => DecisionText.YoungPerson,
        Theme.Service => ServiceText.YoungPerson,
        Theme.Conduct => ConductText.YoungPerson,
        Theme.Records => RecordsText.YoungPerson,
        Theme.Equalities => EqualitiesText.YoungPerson,
        _ => FinanceText.YoungPerson,
    };

    public static IReadOnlyList<Fragment> Topics(Theme theme) => theme switch
    {
        Theme.Delay => DelayText.Topics,
        Theme.Communication => CommunicationText.Topics,
        Theme.Plans => PlansText.Topics,
        Theme.Decision => DecisionText.Topics,
        Theme.Service => ServiceText.Topics,
        Theme.Conduct => ConductText.Topics,
        Theme.Records => RecordsText.Topics,
        Theme.Equalities => EqualitiesText.Topics,
        _ => FinanceText.Topics,
    };

    /// <summary>How likely each theme is to be raised about a team of this context.</summary>
    public static IReadOnlyList<(Theme Item, double Weight)> Weights(TextContext context) => context switch
    {
        TextContext.Assessment => W(5, 25, 8, 22, 12, 15, 10, 1, 2),
        TextContext.InCare => W(5, 22, 12, 15, 22, 8, 5, 1, 10),
        TextContext.LeavingCare => W(10, 20, 12, 8, 25, 4, 3, 1, 20),
        TextContext.Disabled => W(15, 15, 10, 15, 30, 3, 2, 2, 10),
        TextContext.Send => W(40, 20, 15, 10, 8, 3, 2, 1, 1),
        TextContext.Transport => W(8, 18, 2, 35, 30, 5, 1, 1, 3),
        TextContext.Admissions => W(15, 15, 0, 55, 10, 5, 0, 0, 0),
        _ => W(8, 30, 5, 10, 30, 12, 8, 1, 2),
    };

    private static (Theme, double)[] W(double delay, double communication, double plans, double decision, double service, double conduct, double records, double equalities, double finance) =>
    [
        (Theme.Delay, delay), (Theme.Communication, communication), (Theme.Plans, plans), (Theme.Decision, decision), (Theme.Service, service),
        (Theme.Conduct, conduct), (Theme.Records, records), (Theme.Equalities, equalities), (Theme.Finance, finance),
    ];
}
