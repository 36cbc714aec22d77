namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// The invented case records of one council and financial year in the canonical layout (the 18 columns of
/// <see cref="Etl.CaseSystem.CanonicalColumn.Required"/>), deterministic per council and year. Complaints are
/// statutory or corporate at stage 1; some escalate, and each escalation is a stage 2 (and for statutory
/// complaints sometimes a stage 3) row with the same case reference, received after the earlier stage's response.
/// </summary>
internal static class NationalCaseRows
{
    public const int ResponseDateColumn = 6;
    public const int AdvocateColumn = 10;

    private static readonly string[] Teams =
    [
        "Assessment and Intervention North", "Assessment and Intervention South", "Children in Care", "Fostering Service", "SEND Casework",
        "Leaving Care", "MASH", "Disabled Children's Team", "Early Help", "Child Protection Conferences", "Adoption Support", "School Admissions",
    ];

    private static readonly string[] CorporateAreas = ["send", "send", "education", "early_help", "social_care", "other"];
    private static readonly string[] Outcomes = ["upheld", "partially_upheld", "partially_upheld", "not_upheld", "not_upheld", "not_upheld", "withdrawn"];
    private static readonly string[] Complainants = ["parent", "parent", "parent", "child_or_young_person", "foster_carer", "kinship_carer", "family_member", "professional", "other"];
    private static readonly string[] Methods = ["email", "email", "web_form", "web_form", "phone", "letter", "mp_or_member", "face_to_face", "other"];

    public static int Seed(string laCode, int startYear) => (int.Parse(laCode, System.Globalization.CultureInfo.InvariantCulture) * 10_007) + startYear;

    /// <summary>The rows of one council and year: <see cref="NationalCouncilYear.Records"/> records plus their later stages.</summary>
    public static IEnumerable<object?[]> Rows(NationalCouncilYear year, DateTime lastOpenYearStart)
    {
        var random = new Random(Seed(year.Authority.LaCode, year.StartYear));
        var start = new DateTime(year.StartYear, 4, 1);
        var days = (start.AddYears(1) - start).Days;
        var mayBeOpen = start >= lastOpenYearStart;
        for (var i = 0; i < year.Records; i++)
        {
            var reference = $"{year.Authority.LaCode}-{year.StartYear % 100:D2}{(year.StartYear + 1) % 100:D2}-{i + 1:D5}";
            var received = Weekday(start.AddDays(random.Next(days)));
            if (year.Authority.ValidTo is { } lastDay && received > lastDay)
            {
                // A predecessor's last weekend: the Friday before, not a day it no longer existed.
                received = received.AddDays(received.DayOfWeek == DayOfWeek.Monday ? -3 : -1);
            }

            var kind = random.Next(100);
            if (kind >= 58)
            {
                yield return Representation(random, year, reference, received, kind);
                continue;
            }

            var statutory = random.Next(100) < 35;
            var theme = random.Next(NationalSummaries.Themes.Length);
            var area = statutory ? "social_care" : CorporateAreas[random.Next(CorporateAreas.Length)];
            var team = Teams[random.Next(Teams.Length)];
            var open = mayBeOpen && random.Next(100) < 4;
            for (var stage = 1; stage <= 3; stage++)
            {
                DateTime? responded = open ? null : received.AddDays(random.Next(stage == 1 ? 2 : 10, stage == 1 ? 40 : 70));
                var outcome = responded is null ? null : Outcomes[random.Next(Outcomes.Length)];
                var canEscalate = responded is not null && outcome is "not_upheld" or "partially_upheld" && (stage == 1 || (stage == 2 && statutory));
                var escalate = canEscalate && random.Next(100) < (stage == 1 ? 16 : 25);
                var next = escalate ? Weekday(responded!.Value.AddDays(random.Next(1, 20))) : received;
                escalate &= year.Authority.ValidTo is not { } end || next <= end;
                yield return
                [
                    reference,
                    "complaint",
                    statutory ? "statutory" : "corporate",
                    (double)stage,
                    received,
                    random.Next(100) < 12 ? received.AddDays(random.Next(28, 60)) : null,
                    responded,
                    area,
                    team,
                    Complainants[random.Next(Complainants.Length)],
                    random.Next(100) < (statutory ? 15 : 3) ? "yes" : "no",
                    Methods[random.Next(Methods.Length)],
                    random.Next(100) < 20 ? null : NationalSummaries.Themes[theme].Category,
                    NationalSummaries.Compose(random, theme),
                    outcome,
                    escalate ? "yes" : "no",
                    outcome is "upheld" or "partially_upheld" && random.Next(100) < (theme == 8 ? 40 : 4) ? Math.Round(50 + (random.NextDouble() * 1450), 2) : null,
                    year.Authority.LaCode,
                ];
                if (!escalate)
                {
                    break;
                }

                received = next;
            }
        }
    }

    private static object?[] Representation(Random random, NationalCouncilYear year, string reference, DateTime received, int kind)
    {
        var type = kind switch
        {
            < 78 => "compliment",
            < 89 => "enquiry",
            < 93 => "mp_enquiry",
            < 95 => "member_enquiry",
            < 97 => "duty_matter",
            < 99 => "informal_representation",
            _ => "comment",
        };
        var theme = random.Next(NationalSummaries.Themes.Length);
        return
        [
            reference, type, null, null, received, null, received.AddDays(random.Next(0, 20)),
            CorporateAreas[random.Next(CorporateAreas.Length)], Teams[random.Next(Teams.Length)], Complainants[random.Next(Complainants.Length)],
            "no", Methods[random.Next(Methods.Length)], null,
            type == "compliment" ? "Thanks the team for the support given to the family over the last months." : NationalSummaries.Compose(random, theme),
            null, "no", null, year.Authority.LaCode,
        ];
    }

    private static DateTime Weekday(DateTime date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };
}
