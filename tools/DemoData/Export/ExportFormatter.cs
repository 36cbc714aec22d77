using System.Globalization;
using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.DemoData.Model;
using Col = ComplaintsAnalytics.DemoData.Export.ExportColumns;

namespace ComplaintsAnalytics.DemoData.Export;

/// <summary>
/// Dresses a clean record as Northbrook's case system exports it: its own vocabularies (which drift between
/// years), dates mostly as Excel dates but sometimes as text, compensation as numbers or "£250.00".
/// </summary>
internal sealed class ExportFormatter(Random random)
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public object?[] Format(DemoCase c)
    {
        var year = DemoPeriod.FinancialYearOf(c.ReceivedDate);
        var cells = new object?[Col.Headers.Count];
        cells[Col.CaseId] = c.Reference;
        cells[Col.Type] = TypeText(c.Type, year);
        cells[Col.Procedure] = ProcedureText(c.Procedure, year);
        cells[Col.Stage] = c.Stage == 0 ? null : random.Chance(0.88) ? (object)c.Stage : $"Stage {c.Stage}";
        cells[Col.DateReceived] = DateCell(c.Received, year);
        cells[Col.ExtendedTargetDate] = c.ExtendedDue is { } extended ? DateCell(extended.ToDateTime(TimeOnly.MinValue), year) : null;
        cells[Col.DateResponded] = c.Responded is { } responded ? DateCell(responded.ToDateTime(TimeOnly.MinValue), year) : null;
        cells[Col.Service] = ServiceText(c.Area, year);
        cells[Col.Team] = c.Team.NameOn(c.ReceivedDate);
        c.ComplainantLeftBlank = random.Chance(0.03);
        cells[Col.Complainant] = c.ComplainantLeftBlank ? null : ComplainantText(c.Household);
        cells[Col.AdvocateInvolved] = c.Advocate switch
        {
            true => random.Chance(0.85) ? "Yes" : "Y",
            false => random.Chance(0.85) ? "No" : "N",
            null => null,
        };
        cells[Col.HowReceived] = MethodText(c);
        cells[Col.Category] = c.Category;
        cells[Col.Details] = c.Summary;
        cells[Col.Outcome] = OutcomeText(c.Outcome, year);
        cells[Col.Escalated] = EscalatedText(c);
        cells[Col.Compensation] = CompensationCell(c.Compensation);
        cells[Col.RejectionReason] = c.RejectionReason;
        cells[Col.Learning] = c.Learning;
        return cells;
    }

    /// <summary>An Excel date most of the time; text "dd/MM/yyyy" or "d MMM yyyy" otherwise (more often in older years).</summary>
    public object DateCell(DateTime value, int financialYear)
    {
        var (textShare, longShare) = financialYear switch
        {
            2022 => (0.14, 0.08),
            2023 => (0.08, 0.04),
            _ => (0.06, 0.02),
        };
        var roll = random.NextDouble();
        if (roll < textShare)
        {
            return value.ToString("dd/MM/yyyy", English);
        }

        if (roll >= textShare + longShare)
        {
            return value;
        }

        // "Sep" (invariant) and "Sept" (en-GB) disagree, so September never takes the d MMM yyyy form:
        // the text stays readable by either culture and no unplanned bad rows appear.
        return value.Month == 9 ? value.ToString("dd/MM/yyyy", English) : value.ToString("d MMM yyyy", English);
    }

    public static string OutcomeText(Outcome outcome, int financialYear, Random random) => outcome switch
    {
        Outcome.Upheld => "Upheld",
        Outcome.PartlyUpheld => financialYear == 2024
            ? (random.Chance(0.8) ? "Partially Upheld" : "Partly Upheld")
            : (random.Chance(0.85) ? "Partly Upheld" : "Partially Upheld"),
        Outcome.NotUpheld => "Not Upheld",
        Outcome.Withdrawn => "Withdrawn",
        Outcome.Rejected => "Rejected",
        _ => string.Empty,
    };

    private string? OutcomeText(Outcome outcome, int financialYear) =>
        outcome == Outcome.None ? null : OutcomeText(outcome, financialYear, random);

    private string TypeText(RecordType type, int year) => type switch
    {
        RecordType.Complaint => random.Chance(0.02) ? "complaint" : "Complaint",
        RecordType.Compliment => "Compliment",
        RecordType.Enquiry => "Enquiry",
        RecordType.MpEnquiry => "MP Enquiry",
        RecordType.MemberEnquiry => year == 2022 || random.Chance(0.08) ? "Member Enquiry" : "Cllr Enquiry",
        RecordType.DutyMatter => "Duty",
        RecordType.InformalRepresentation => "Informal",
        _ => "Comment",
    };

    private string? ProcedureText(Procedure procedure, int year) => procedure switch
    {
        Procedure.Statutory when year == 2022 => random.Weighted<string>([("Stat", 70), ("Children Act", 30)]),
        Procedure.Statutory => random.Weighted<string>([("Statutory", 75), ("Stat", 15), ("Children Act", 10)]),
        Procedure.Corporate when year == 2022 => random.Chance(0.8) ? "Corp" : "Corporate",
        Procedure.Corporate => random.Chance(0.85) ? "Corporate" : "Corp",
        _ => null,
    };

    private string ServiceText(ServiceArea area, int year) => area switch
    {
        ServiceArea.SocialCare when year == 2024 => random.Chance(0.8) ? "Social Care" : "Children's Social Care",
        ServiceArea.SocialCare => random.Chance(0.85) ? "Children's Social Care" : "CSC",
        ServiceArea.Send => random.Chance(0.8) ? "SEND" : "SEN",
        ServiceArea.Education => random.Chance(0.7) ? "Education" : "Education & Skills",
        _ => random.Chance(0.85) ? "Early Help" : "Early Help & Prevention",
    };

    private string ComplainantText(Household household) => household.Type switch
    {
        ComplainantType.Parent => household.Complainant.Female
            ? random.Weighted<string>([("Parent", 55), ("Mother", 30), ("Parent/Carer", 15)])
            : random.Weighted<string>([("Parent", 55), ("Father", 35), ("Parent/Carer", 10)]),
        ComplainantType.ChildOrYoungPerson => random.Chance(0.7) ? "Child/Young Person" : "Young Person",
        ComplainantType.FosterCarer => "Foster Carer",
        ComplainantType.KinshipCarer => random.Chance(0.6) ? "Kinship Carer" : "Special Guardian",
        ComplainantType.FamilyMember => random.Chance(0.3) ? "Family Member"
            : household.Descriptor.Contains("grand", StringComparison.OrdinalIgnoreCase) ? "Grandparent" : "Relative",
        ComplainantType.Professional => "Professional",
        _ => random.Chance(0.7) ? "Other" : "Family Friend",
    };

    private string MethodText(DemoCase c) => c.Method switch
    {
        ReceiptMethod.Email => random.Chance(0.85) ? "Email" : "E-mail",
        ReceiptMethod.WebForm => random.Chance(0.7) ? "Web Form" : "Online Form",
        ReceiptMethod.Phone => random.Chance(0.6) ? "Telephone" : "Phone",
        ReceiptMethod.Letter => "Letter",
        ReceiptMethod.MpOrMember => c.Type switch
        {
            RecordType.MpEnquiry => "Via MP",
            RecordType.MemberEnquiry => "Via Councillor",
            _ => c.ViaMp ? "Via MP" : "Via Councillor",
        },
        _ => random.Chance(0.7) ? "Face to Face" : "In Person",
    };

    private string? EscalatedText(DemoCase c)
    {
        if (!c.IsComplaint || c.Outcome == Outcome.None)
        {
            return null;
        }

        if (c.Escalated)
        {
            return random.Chance(0.85) ? "Y" : "Yes";
        }

        return c.Outcome is Outcome.Withdrawn or Outcome.Rejected
            ? (random.Chance(0.5) ? "N" : null)
            : random.Weighted<string?>([("N", 65), (null, 25), ("No", 10)]);
    }

    private object? CompensationCell(decimal? amount) => amount switch
    {
        null => null,
        { } value when random.Chance(0.5) => value,
        { } value => "£" + value.ToString("#,##0.00", English),
    };
}
