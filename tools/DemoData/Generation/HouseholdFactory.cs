using System.Globalization;
using ComplaintsAnalytics.DemoData.Model;
using ComplaintsAnalytics.DemoData.Text;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>Invents the people and contact details behind a record.</summary>
internal sealed class HouseholdFactory(Random random)
{
    private const string PostcodeLetters = "ABDEFGHJLNPQRSTUWXY";

    private static readonly string[] MotherWords = ["Mum", "Mum", "Mother", "Mum"];
    private static readonly string[] FatherWords = ["Dad", "Father", "Dad"];
    private static readonly string[] GrandmotherWords = ["Grandmother", "Nan", "Maternal grandmother", "Paternal grandmother"];

    private static readonly string[] Conditions =
    [
        "autism", "autism and ADHD", "ADHD", "global developmental delay", "Down's syndrome", "cerebral palsy",
        "SEMH needs", "a severe speech and language disorder", "epilepsy and a learning disability", "sensory processing difficulties",
        "dyslexia and anxiety", "a PDA profile of autism", "FASD", "a visual impairment", "complex medical needs",
    ];

    public Household Create(ComplainantType type, Team team, DateOnly received)
    {
        var childFemale = random.Chance(0.45);
        var familyName = random.Pick(NamePools.Surnames);
        var ageRange = AgeRange(team.Context, type);
        var age = random.Between(ageRange.Min, ageRange.Max);
        var born = received.AddYears(-age).AddDays(-random.Between(1, 360));
        var child = new Person(random.Pick(childFemale ? NamePools.Girls : NamePools.Boys), familyName, childFemale);

        var (complainant, relation, descriptor) = type switch
        {
            ComplainantType.ChildOrYoungPerson => (child, "self", "YP"),
            ComplainantType.Parent => Parent(child, familyName),
            ComplainantType.FosterCarer => Carer(child, "foster ", "Foster carer"),
            ComplainantType.KinshipCarer => Kinship(child, familyName),
            ComplainantType.FamilyMember => Family(child, familyName),
            ComplainantType.Professional => Professional(child),
            _ => Carer(child, "friend's ", "Family friend"),
        };

        var school = random.Pick(NamePools.Schools);
        return new Household
        {
            Type = type,
            Complainant = complainant,
            Child = child,
            ChildBorn = born,
            Relation = relation,
            Descriptor = descriptor.Replace("{school}", school, StringComparison.Ordinal),
            Address = Address(),
            Phone = type == ComplainantType.Professional ? Landline() : Mobile(),
            Email = Email(complainant),
            School = school,
            Condition = random.Pick(Conditions),
        };
    }

    public string Mobile() => "07700 900" + random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);

    private string Landline() => "0113 496 0" + random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);

    private string Address()
    {
        var number = random.Chance(0.12) ? $"Flat {random.Between(1, 24)}, {random.Between(2, 90)}" : random.Between(1, 140).ToString(CultureInfo.InvariantCulture);
        var postcode = $"NB{random.Between(1, 12)} {random.Between(1, 9)}{PostcodeLetters[random.Next(PostcodeLetters.Length)]}{PostcodeLetters[random.Next(PostcodeLetters.Length)]}";
        return $"{number} {random.Pick(NamePools.Streets)}, {random.Pick(NamePools.Towns)} {postcode}";
    }

    private string Email(Person person)
    {
        var first = person.First.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal);
        var last = person.Last.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal).Replace("ś", "s", StringComparison.Ordinal);
        var year = random.Between(70, 99).ToString(CultureInfo.InvariantCulture);
        return random.Next(5) switch
        {
            0 => $"{first}.{last}@example.com",
            1 => $"{first}{last}{year}@example.com",
            2 => $"{first[0]}{last}{random.Between(1, 99)}@example.com",
            3 => $"{last}.{first}@example.com",
            _ => $"{first}_{year}@example.com",
        };
    }

    private (Person, string, string) Parent(Person child, string familyName)
    {
        var mother = random.Chance(0.78);
        var surname = random.Chance(0.8) ? familyName : random.Pick(NamePools.Surnames);
        var person = new Person(random.Pick(mother ? NamePools.Women : NamePools.Men), surname, mother);
        var relation = child.Female ? "daughter" : "son";
        return (person, relation, mother ? random.Pick(MotherWords) : random.Pick(FatherWords));
    }

    private (Person, string, string) Carer(Person child, string prefix, string descriptor)
    {
        var female = random.Chance(0.72);
        var person = new Person(random.Pick(female ? NamePools.Women : NamePools.Men), random.Pick(NamePools.Surnames), female);
        return (person, prefix + (child.Female ? "daughter" : "son"), descriptor);
    }

    private (Person, string, string) Kinship(Person child, string familyName)
    {
        var female = random.Chance(0.75);
        if (random.Chance(0.75))
        {
            var grandparent = new Person(random.Pick(female ? NamePools.OlderWomen : NamePools.OlderMen), familyName, female);
            return (grandparent, child.Female ? "granddaughter" : "grandson", female ? random.Pick(GrandmotherWords) : "Grandad");
        }

        var relative = new Person(random.Pick(female ? NamePools.Women : NamePools.Men), random.Pick(NamePools.Surnames), female);
        return (relative, child.Female ? "niece" : "nephew", female ? "Aunt" : "Uncle");
    }

    private (Person, string, string) Family(Person child, string familyName)
    {
        var female = random.Chance(0.7);
        return random.Next(3) switch
        {
            0 => (new Person(random.Pick(female ? NamePools.OlderWomen : NamePools.OlderMen), familyName, female),
                child.Female ? "granddaughter" : "grandson", female ? "Maternal grandmother" : "Paternal grandfather"),
            1 => (new Person(random.Pick(female ? NamePools.Women : NamePools.Men), random.Pick(NamePools.Surnames), female),
                child.Female ? "niece" : "nephew", female ? "Aunt" : "Uncle"),
            _ => (new Person(random.Pick(NamePools.Men), random.Pick(NamePools.Surnames), false),
                child.Female ? "stepdaughter" : "stepson", "Stepdad"),
        };
    }

    private (Person, string, string) Professional(Person child)
    {
        var female = random.Chance(0.75);
        var person = new Person(random.Pick(female ? NamePools.Women : NamePools.Men), random.Pick(NamePools.Surnames), female);
        return random.Next(4) switch
        {
            0 => (person, "pupil", "Headteacher at {school}"),
            1 => (person, "pupil", "SENCO at {school}"),
            2 => (person, "patient", "GP"),
            _ => (person, "client's child", "Solicitor acting for the family"),
        };
    }

    private static (int Min, int Max) AgeRange(TextContext context, ComplainantType type)
    {
        if (context.HasFlag(TextContext.LeavingCare))
        {
            return (17, 23);
        }

        var (min, max) = context switch
        {
            TextContext.Send => (4, 19),
            TextContext.Transport => (5, 18),
            TextContext.Admissions => (4, 15),
            TextContext.EarlyHelp => (1, 15),
            TextContext.InCare => (3, 17),
            TextContext.Disabled => (3, 17),
            _ => (0, 16),
        };
        return type == ComplainantType.ChildOrYoungPerson ? (Math.Max(min, 12), Math.Max(max, 17)) : (min, max);
    }
}
