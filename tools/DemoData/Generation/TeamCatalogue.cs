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
        SocialCare("mash", "MASH", TextContext.Assessment, 6, 3, S("Joanne", "Sykes", true), S("Priya", "Sandhu", true), S("Callum", "Reid", false), S("Natasha", "Brennan", true)),
        SocialCare("ai-north", "Assessment & Intervention Team North", TextContext.Assessment, 14, 3, S("Paul", "Whitfield", false),
            S("Rebecca", "Okafor", true), S("Daniel", "Firth", false), S("Sian", "Pritchard", true), S("Marcus", "Ellison", false), S("Hannah", "Lowe", true)),
        SocialCare("ai-south", "Assessment & Intervention Team South", TextContext.Assessment, 14, 3, S("Angela", "Moorcroft", true),
            S("Tom", "Bradshaw", false), S("Aisha", "Rahman", true), S("Lucy", "Harland", true), S("Kwabena", "Asante", false), S("Emma", "Garside", true)),
        Renamed(SocialCare("cic1", "Children in Care 1", TextContext.InCare, 8, 1, S("Claire", "Dobson", true),
            S("Jake", "Holmes", false), S("Farah", "Siddiqui", true), S("Bethany", "Cole", true)), ChildrenInCareMerged, "Children in Care"),
        Renamed(SocialCare("cic2", "Children in Care 2", TextContext.InCare, 8, 1, S("Martin", "Greaves", false),
            S("Olivia", "Pratt", true), S("Nathan", "Birch", false), S("Grace", "Adebayo", true)), ChildrenInCareMerged, "Children in Care"),
        SocialCare("leaving-care", "Leaving Care", TextContext.LeavingCare, 10, 1, S("Steve", "Mallinson", false),
            S("Jordan", "Kelly", false), S("Shannon", "Hepworth", true), S("Amir", "Qureshi", false), S("Dee", "Walsh", true)) with
        {
            WorkerRole = "personal adviser",
            WorkerAbbreviation = "PA",
        },
        Renamed(SocialCare("fostering", "Fostering Support", TextContext.InCare, 5, 3, S("Karen", "Lund", true),
            S("Helen", "Crabtree", true), S("Mo", "Farooq", false), S("Jess", "Tinsley", true)) with
        {
            WorkerRole = "supervising social worker",
            WorkerAbbreviation = "SSW",
        }, FosteringRenamed, "Fostering Service"),
        SocialCare("dct", "Disabled Children's Team", TextContext.Disabled, 8, 2, S("Ruth", "Ingham", true),
            S("Ben", "Ashworth", false), S("Nikki", "Shore", true), S("Gurpreet", "Bains", true)),
        SocialCare("kinship", "Kinship & SGO Support", TextContext.InCare, 4, 2, S("Denise", "Rowe", true),
            S("Laura", "Fieldhouse", true), S("Sam", "Oduya", false)),
        SocialCare("iro", "Independent Reviewing Service", TextContext.InCare, 2, 0.3, S("Michael", "Thornton", false),
            S("Sandra", "Kaur", true), S("Yvonne", "Barker", true), S("Richard", "Denton", false)) with
        {
            WorkerRole = "IRO",
            WorkerAbbreviation = "IRO",
        },
        Other("send-casework", "SEND Casework Team", ServiceArea.Send, TextContext.Send, 6, "EHC coordinator", "caseworker", S("Rachel", "Mortimer", true),
            S("Lisa", "Hughes", true), S("Kieran", "Doyle", false), S("Stacey", "Walsh", true), S("Ayesha", "Malik", true), S("Chris", "Bamford", false)),
        Other("send-assessment", "SEND Assessment Team", ServiceArea.Send, TextContext.Send, 4, "SEN officer", "SEN officer", S("Gillian", "Parr", true),
            S("Owen", "Pritchett", false), S("Sana", "Javed", true), S("Becky", "Lister", true)),
        Other("transport", "Home to School Transport", ServiceArea.Education, TextContext.Transport, 6, "transport officer", "transport officer", S("Ian", "Cockroft", false),
            S("Dawn", "Haley", true), S("Wes", "Morton", false)),
        Other("admissions", "School Admissions", ServiceArea.Education, TextContext.Admissions, 3, "admissions officer", "admissions officer", S("Janet", "Shackleton", true),
            S("Tariq", "Aziz", false), S("Megan", "Roper", true)),
        Other("eh-hub", "Early Help Hub", ServiceArea.EarlyHelp, TextContext.EarlyHelp, 5, "family support worker", "FSW", S("Vicky", "Illingworth", true),
            S("Kerry", "Dunn", true), S("Josh", "Appleyard", false), S("Maria", "Costa", true)),
        Other("tfs", "Targeted Family Support", ServiceArea.EarlyHelp, TextContext.EarlyHelp, 4, "family support worker", "FSW", S("Adrian", "Booth", false),
            S("Leanne", "Wadsworth", true), S("Ravi", "Chauhan", false)),
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

    private static StaffMember S(string first, string last, bool female) => new(first, last, female);

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
