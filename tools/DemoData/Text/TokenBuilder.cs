using System.Globalization;
using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Builds the values of the {tokens} used by the fragments, for one record in one voice.</summary>
internal sealed class TokenBuilder(Random random)
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public Dictionary<string, string> Build(DemoCase record, Voice voice)
    {
        var h = record.Household;
        var received = record.ReceivedDate;
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        AddVoice(tokens, voice, h.Complainant.Female);

        var title = h.IsYoungPerson ? h.Child.First : $"{Title(h.Complainant)} {h.Complainant.Last}";
        tokens["cname"] = h.Complainant.Full;
        tokens["cfirst"] = h.Complainant.First;
        tokens["Ctitle"] = title;
        tokens["Cdesc"] = h.Descriptor;
        tokens["cdesc"] = h.Descriptor.Length > 1 && char.IsLower(h.Descriptor[1]) ? char.ToLowerInvariant(h.Descriptor[0]) + h.Descriptor[1..] : h.Descriptor;

        tokens["child"] = h.Child.First;
        tokens["childFull"] = h.Child.Full;
        AddPronouns(tokens, string.Empty, h.Child.Female);
        tokens["rel"] = h.Relation;
        var age = Age(h.ChildBorn, received);
        tokens["age"] = age.ToString(English);
        tokens["dob"] = DateOfBirth(h.ChildBorn);
        tokens["school"] = h.School;
        tokens["schoolYear"] = Math.Clamp(age - 4, 1, 13).ToString(English);
        tokens["condition"] = h.Condition;

        var worker = record.Worker;
        tokens["sw"] = random.Chance(0.8) ? worker.Full : worker.First;
        tokens["swFirst"] = worker.First;
        AddPronouns(tokens, "sw", worker.Female);
        tokens["role"] = record.Team.WorkerRole;
        tokens["roleAbbr"] = record.Team.WorkerAbbreviation;
        tokens["tm"] = record.Team.Manager.Full;
        tokens["tmFirst"] = record.Team.Manager.First;
        tokens["team"] = record.Team.NameOn(received);
        tokens["teamText"] = TeamText(record.Team, received);
        tokens["meeting"] = random.Pick(ContextWords.Meetings(record.Team.Context));
        tokens["plan"] = random.Pick(ContextWords.Plans(record.Team.Context));

        var first = received.AddDays(-random.Between(20, 200));
        var second = first.AddDays(random.Between(5, 25));
        tokens["date"] = ShortDate(first);
        tokens["date2"] = ShortDate(second < received ? second : received.AddDays(-1));
        tokens["futureDate"] = ShortDate(received.AddDays(random.Between(10, 90)));
        tokens["dateText"] = LongDay(received.AddDays(-random.Between(7, 60)));
        tokens["monthName"] = received.AddMonths(-random.Between(1, 8)).ToString("MMMM", English);
        tokens["yearPrev"] = (received.Year - random.Between(1, 4)).ToString(English);
        tokens["weeks"] = random.Between(3, 16).ToString(English);
        tokens["weeksLong"] = random.Between(22, 52).ToString(English);
        tokens["months"] = random.Between(2, 14).ToString(English);
        tokens["n"] = random.Between(3, 6).ToString(English);
        tokens["amount"] = Amount(record.Compensation);
        tokens["ackDate"] = ShortDate(WorkingCalendar.AddWorkingDays(received, random.Between(1, 3)));
        tokens["learnDate"] = ShortDate((record.Responded ?? received).AddDays(random.Between(14, 90)));
        tokens["prevResponse"] = record.Previous?.Responded is { } previous ? ShortDate(previous) : ShortDate(received.AddDays(-20));
        tokens["ref"] = $"{received.Year}-{random.Between(10, 480):000}";

        tokens["phone"] = PhoneVariant(h.Phone);
        tokens["email"] = h.Email;
        tokens["address"] = h.Address;
        tokens["mp"] = random.Pick(NamePools.MembersOfParliament);
        tokens["cllr"] = random.Pick(NamePools.Councillors);
        tokens["topic"] = string.Empty;
        return tokens;
    }

    public static int Age(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return on < born.AddYears(age) ? age - 1 : age;
    }

    public static string ShortDate(DateOnly date) => date.ToString("dd/MM/yyyy", English);

    private static void AddVoice(Dictionary<string, string> tokens, Voice voice, bool female)
    {
        var (subject, obj, possessive) = voice switch
        {
            Voice.FirstPerson => ("I", "me", "my"),
            Voice.Family => ("the family", "the family", "the family's"),
            _ => female ? ("she", "her", "her") : ("he", "him", "his"),
        };
        var singular = voice != Voice.FirstPerson;
        tokens["I"] = Capital(subject);
        tokens["i"] = subject;
        tokens["me"] = obj;
        tokens["my"] = possessive;
        tokens["My"] = Capital(possessive);
        tokens["have"] = singular ? "has" : "have";
        tokens["am"] = singular ? "is" : "am";
        tokens["do"] = singular ? "does" : "do";
        tokens["dont"] = singular ? "doesn't" : "don't";
        tokens["s"] = singular ? "s" : string.Empty;
        tokens["we"] = voice == Voice.FirstPerson ? "we" : "the family";
        tokens["We"] = voice == Voice.FirstPerson ? "We" : "The family";
        tokens["our"] = voice == Voice.FirstPerson ? "our" : "the family's";
        tokens["Our"] = voice == Voice.FirstPerson ? "Our" : "The family's";
    }

    private static void AddPronouns(Dictionary<string, string> tokens, string prefix, bool female)
    {
        tokens[prefix + "he"] = female ? "she" : "he";
        tokens[prefix + "He"] = female ? "She" : "He";
        tokens[prefix + "him"] = female ? "her" : "him";
        tokens[prefix + "his"] = female ? "her" : "his";
        tokens[prefix + "His"] = female ? "Her" : "His";
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private string Title(Person person) => person.Female ? random.Pick(["Ms", "Mrs", "Miss", "Ms"]) : "Mr";

    private string TeamText(Team team, DateOnly date) => team.Context switch
    {
        TextContext.Send => random.Pick(["the SEND team", "SEND", "the SEN team", "the council's SEND service"]),
        TextContext.Transport => random.Pick(["the transport team", "school transport", "the council's transport service"]),
        TextContext.Admissions => random.Pick(["the admissions team", "school admissions"]),
        TextContext.EarlyHelp => random.Pick(["Early Help", "the Early Help team", "the family support service"]),
        TextContext.LeavingCare => random.Pick(["the Leaving Care team", "leaving care", "the care leavers service"]),
        _ => random.Pick(["children's services", "social care", "the social work team", team.NameOn(date), "Children's Social Care"]),
    };

    private string DateOfBirth(DateOnly born) => random.Next(5) switch
    {
        0 => born.ToString("dd/MM/yyyy", English),
        1 => born.ToString("dd.MM.yy", English),
        2 => $"{Ordinal(born.Day)} {born.ToString("MMMM yyyy", English)}",
        3 => born.ToString("d/M/yy", English),
        _ => born.ToString("dd/MM/yyyy", English),
    };

    private string LongDay(DateOnly date) => random.Chance(0.5)
        ? $"{Ordinal(date.Day)} {date.ToString("MMMM", English)}"
        : $"{date.ToString("dddd", English)} {Ordinal(date.Day)}";

    private string PhoneVariant(string phone) => random.Next(6) switch
    {
        0 => phone.Replace(" ", string.Empty, StringComparison.Ordinal),
        1 when phone.StartsWith("07", StringComparison.Ordinal) => "+44 " + phone[1..],
        2 when phone.StartsWith("07", StringComparison.Ordinal) => phone[..5] + " " + phone[6..9] + " " + phone[9..],
        _ => phone,
    };

    private string Amount(decimal? compensation)
    {
        if (compensation is { } value)
        {
            return value.ToString("#,##0", English);
        }

        return random.Chance(0.5)
            ? random.Between(40, 900).ToString(English)
            : (random.Between(2000, 45000) / 100m).ToString("0.00", English);
    }

    private static string Ordinal(int day) => day switch
    {
        1 or 21 or 31 => $"{day}st",
        2 or 22 => $"{day}nd",
        3 or 23 => $"{day}rd",
        _ => $"{day}th",
    };
}
