using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>
/// Northbrook's invented teams. "Fostering Support" was renamed "Fostering Service" on 1 April 2024;
/// "Children in Care 1" and "Children in Care 2" merged into "Children in Care" on 1 October 2023.
/// </summary>
internal static class TeamCatalogue
{
    public static readonly DateOnly FosteringRenamed = new(2024, 4, 1);
    public static readonly DateOnly ChildrenInCareMerged = new(2023, 10, 1);

    private static readonly DateOnly Always = new(2000, 1, 1);

    public static IReadOnlyList<Team> All { get; } =
    [
        SocialCare("mash", "MASH", TextContext.Assessment, 6, 3, M("Joanne", "Sykes", true), W("Priya", "Sandhu", true), W("Callum", "Reid", false), W("Natasha", "Brennan", true)),
        SocialCare("ai-north", "Assessment & Intervention Team North", TextContext.Assessment, 14, 3, M("Paul", "Whitfield", false),
            W("Rebecca", "Okafor", true), W("Daniel", "Firth", false), W("Sian", "Pritchard", true), W("Marcus", "Ellison", false), W("Hannah", "Lowe", true)),
        SocialCare("ai-south", "Assessment & Intervention Team South", TextContext.Assessment, 14, 3, M("Angela", "Moorcroft", true),
            W("Tom", "Bradshaw", false), W("Aisha", "Rahman", true), W("Lucy", "Harland", true), W("Kwabena", "Asante", false), W("Emma", "Garside", true)),
        Renamed(SocialCare("cic1", "Children in Care 1", TextContext.InCare, 8, 1, M("Claire", "Dobson", true),
            W("Jake", "Holmes", false), W("Farah", "Siddiqui", true), W("Bethany", "Cole", true)), ChildrenInCareMerged, "Children in Care"),
        Renamed(SocialCare("cic2", "Children in Care 2", TextContext.InCare, 8, 1, M("Martin", "Greaves", false),
            W("Olivia", "Pratt", true), W("Nathan", "Birch", false), W("Grace", "Adebayo", true)), ChildrenInCareMerged, "Children in Care"),
        SocialCare("leaving-care", "Leaving Care", TextContext.LeavingCare, 10, 1, M("Steve", "Mallinson", false),
            W("Jordan", "Kelly", false), W("Shannon", "Hepworth", true), W("Amir", "Qureshi", false), W("Dee", "Walsh", true)) with
        {
            WorkerRole = "personal adviser",
            WorkerAbbreviation = "PA",
        },
        Renamed(SocialCare("fostering", "Fostering Support", TextContext.InCare, 5, 3, M("Karen", "Lund", true),
            W("Helen", "Crabtree", true), W("Mo", "Farooq", false), W("Jess", "Tinsley", true)) with
        {
            WorkerRole = "supervising social worker",
            WorkerAbbreviation = "SSW",
        }, FosteringRenamed, "Fostering Service"),
        SocialCare("dct", "Disabled Children's Team", TextContext.Disabled, 8, 2, M("Ruth", "Ingham", true),
            W("Ben", "Ashworth", false), W("Nikki", "Shore", true), W("Gurpreet", "Bains", true)),
        SocialCare("kinship", "Kinship & SGO Support", TextContext.InCare, 4, 2, M("Denise", "Rowe", true),
            W("Laura", "Fieldhouse", true), W("Sam", "Oduya", false)),
        SocialCare("iro", "Independent Reviewing Service", TextContext.InCare, 2, 0.3, M("Michael", "Thornton", false),
            W("Sandra", "Kaur", true), W("Yvonne", "Barker", true), W("Richard", "Denton", false)) with
        {
            WorkerRole = "IRO",
            WorkerAbbreviation = "IRO",
        },
        Other("send-casework", "SEND Casework Team", ServiceArea.Send, TextContext.Send, 6, "EHC coordinator", "caseworker", M("Rachel", "Mortimer", true),
            W("Lisa", "Hughes", true), W("Kieran", "Doyle", false), W("Stacey", "Walsh", true), W("Ayesha", "Malik", true), W("Chris", "Bamford", false)),
        Other("send-assessment", "SEND Assessment Team", ServiceArea.Send, TextContext.Send, 4, "SEN officer", "SEN officer", M("Gillian", "Parr", true),
            W("Owen", "Pritchett", false), W("Sana", "Javed", true), W("Becky", "Lister", true)),
        Other("transport", "Home to School Transport", ServiceArea.Education, TextContext.Transport, 6, "transport officer", "transport officer", M("Ian", "Cockroft", false),
            W("Dawn", "Haley", true), W("Wes", "Morton", false)),
        Other("admissions", "School Admissions", ServiceArea.Education, TextContext.Admissions, 3, "admissions officer", "admissions officer", M("Janet", "Shackleton", true),
            W("Tariq", "Aziz", false), W("Megan", "Roper", true)),
        Other("eh-hub", "Early Help Hub", ServiceArea.EarlyHelp, TextContext.EarlyHelp, 5, "family support worker", "FSW", M("Vicky", "Illingworth", true),
            W("Kerry", "Dunn", true), W("Josh", "Appleyard", false), W("Maria", "Costa", true)),
        Other("tfs", "Targeted Family Support", ServiceArea.EarlyHelp, TextContext.EarlyHelp, 4, "family support worker", "FSW", M("Adrian", "Booth", false),
            W("Leanne", "Wadsworth", true), W("Ravi", "Chauhan", false)),
    ];

    /// <summary>A team for a record of <paramref name="area"/>; statutory complaints use the statutory weights.</summary>
    public static Team Pick(Random random, ServiceArea area, bool statutory)
    {
        var candidates = All
            .Where(t => t.Area == area)
            .Select(t => (t, statutory ? t.Statutory : t.General))
            .Where(c => c.Item2 > 0)
            .ToList();
        return random.Weighted(candidates);
    }

    public static Team ByKey(string key) => All.First(t => t.Key == key);

    private static StaffMember M(string first, string last, bool female) => new(first, last, female);

    private static StaffMember W(string first, string last, bool female) => new(first, last, female);

    private static Team SocialCare(string key, string name, TextContext context, double statutory, double general, StaffMember manager, params StaffMember[] workers) =>
        new()
        {
            Key = key,
            Area = ServiceArea.SocialCare,
            Context = context,
            Names = [(Always, name)],
            Manager = manager,
            Workers = workers,
            WorkerRole = "social worker",
            WorkerAbbreviation = "SW",
            Statutory = statutory,
            General = general,
        };

    private static Team Other(string key, string name, ServiceArea area, TextContext context, double general, string role, string abbreviation, StaffMember manager, params StaffMember[] workers) =>
        new()
        {
            Key = key,
            Area = area,
            Context = context,
            Names = [(Always, name)],
            Manager = manager,
            Workers = workers,
            WorkerRole = role,
            WorkerAbbreviation = abbreviation,
            General = general,
        };

    private static Team Renamed(Team team, DateOnly from, string newName) => team with { Names = [.. team.Names, (from, newName)] };
}
