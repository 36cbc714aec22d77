using System.Globalization;
using System.Text;
using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Export;

/// <summary>Counts the rows of the export, as markdown for demo/README.md, so tests can assert exact figures.</summary>
internal static class ExportSummary
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Render(IReadOnlyList<ExportRow> rows)
    {
        var builder = new StringBuilder();
        var valid = rows.Where(r => r.Loadable).ToList();
        var planted = rows.Count(r => r.Defect is not null);
        var originals = rows.Where(r => r.HasConflictingCopy).OrderBy(r => r.RowNumber).ToList();
        builder.AppendLine(English, $"Data rows: **{rows.Count}** (spreadsheet rows 2 to {rows.Count + 1}; row 1 is the header).")
            .AppendLine(English, $"Planted bad rows: **{planted}**. A strict import also refuses the earlier row of each conflicting pair")
            .AppendLine(English, $"(rows {string.Join(", ", originals.Select(r => r.RowNumber))}), because it cannot tell which version is right:")
            .AppendLine(English, $"it loads **{valid.Count}** rows and rejects **{rows.Count - valid.Count}**.")
            .AppendLine();

        builder.AppendLine("### Planted bad rows").AppendLine()
            .AppendLine("| row | kind | record | financial year | detail |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var row in rows.Where(r => r.Defect is not null).OrderBy(r => r.RowNumber))
        {
            builder.AppendLine(English, $"| {row.RowNumber} | {Words(row.Defect!.Value)} | {Describe(row.Case)} | {DemoPeriod.Label(DemoPeriod.FinancialYearOf(row.Case.ReceivedDate))} | {row.DefectNote} |");
        }

        builder.AppendLine().AppendLine("Bad rows by kind: " + string.Join(", ", rows.Where(r => r.Defect is not null)
            .GroupBy(r => r.Defect!.Value).OrderBy(g => g.Key).Select(g => $"{Words(g.Key)} {g.Count()}")) + ".").AppendLine();

        AppendCounts(builder, "### Every row in the file, by financial year received", rows);
        AppendCounts(builder, "### Loadable rows (planted bad rows and both rows of each conflicting pair left out; the first row of each exact duplicate kept)", valid);
        AppendOutcomes(builder, valid);
        AppendTimeliness(builder, valid);
        AppendTeams(builder, valid);
        AppendComplainants(builder, valid);
        return builder.ToString();
    }

    private static void AppendCounts(StringBuilder builder, string title, IReadOnlyList<ExportRow> rows)
    {
        var lines = new (string Label, Func<DemoCase, bool> Test)[]
        {
            ("Complaint, statutory, stage 1 (not rejected)", c => Is(c, Procedure.Statutory, 1) && c.Outcome != Outcome.Rejected),
            ("  of which withdrawn", c => Is(c, Procedure.Statutory, 1) && c.Outcome == Outcome.Withdrawn),
            ("  of which still open", c => Is(c, Procedure.Statutory, 1) && c.Outcome == Outcome.None),
            ("Complaint, statutory, stage 2", c => Is(c, Procedure.Statutory, 2)),
            ("  of which still open", c => Is(c, Procedure.Statutory, 2) && c.Outcome == Outcome.None),
            ("Complaint, statutory, stage 3", c => Is(c, Procedure.Statutory, 3)),
            ("  of which still open", c => Is(c, Procedure.Statutory, 3) && c.Outcome == Outcome.None),
            ("Complaint, corporate, stage 1 (not rejected)", c => Is(c, Procedure.Corporate, 1) && c.Outcome != Outcome.Rejected),
            ("  of which withdrawn", c => Is(c, Procedure.Corporate, 1) && c.Outcome == Outcome.Withdrawn),
            ("  of which still open", c => Is(c, Procedure.Corporate, 1) && c.Outcome == Outcome.None),
            ("Complaint, corporate, stage 2", c => Is(c, Procedure.Corporate, 2)),
            ("  of which still open", c => Is(c, Procedure.Corporate, 2) && c.Outcome == Outcome.None),
            ("Rejected complaint (stage 1, outcome Rejected)", c => c.IsComplaint && c.Outcome == Outcome.Rejected),
            ("  statutory", c => c.IsComplaint && c.Outcome == Outcome.Rejected && c.Procedure == Procedure.Statutory),
            ("  corporate", c => c.IsComplaint && c.Outcome == Outcome.Rejected && c.Procedure == Procedure.Corporate),
            ("All complaint rows", c => c.IsComplaint),
            ("Compliment", c => c.Type == RecordType.Compliment),
            ("Enquiry", c => c.Type == RecordType.Enquiry),
            ("MP enquiry", c => c.Type == RecordType.MpEnquiry),
            ("Member (councillor) enquiry", c => c.Type == RecordType.MemberEnquiry),
            ("Duty matter", c => c.Type == RecordType.DutyMatter),
            ("Informal representation", c => c.Type == RecordType.InformalRepresentation),
            ("Comment", c => c.Type == RecordType.Comment),
            ("**Total rows**", _ => true),
        };
        AppendTable(builder, title, rows.Select(r => r.Case).ToList(), lines);
    }

    private static void AppendOutcomes(StringBuilder builder, IReadOnlyList<ExportRow> valid)
    {
        var cases = valid.Select(r => r.Case).ToList();
        var lines = new List<(string, Func<DemoCase, bool>)>();
        foreach (var (procedure, stage) in new[] { (Procedure.Statutory, 1), (Procedure.Statutory, 2), (Procedure.Statutory, 3), (Procedure.Corporate, 1), (Procedure.Corporate, 2) })
        {
            foreach (var outcome in new[] { Outcome.Upheld, Outcome.PartlyUpheld, Outcome.NotUpheld, Outcome.Withdrawn })
            {
                lines.Add(($"{procedure} stage {stage}: {Words(outcome)}", c => Is(c, procedure, stage) && c.Outcome == outcome));
            }
        }

        lines.Add(("Escalated = yes (stage 1 and 2 rows)", c => c.IsComplaint && c.Escalated));
        lines.Add(("With compensation", c => c.Compensation is not null));
        lines.Add(("With learning/actions", c => c.Learning is not null));
        AppendTable(builder, "### Outcomes (loadable rows)", cases, lines);
    }

    private static void AppendTimeliness(StringBuilder builder, IReadOnlyList<ExportRow> valid)
    {
        var cases = valid.Select(r => r.Case).Where(c => c.Outcome is Outcome.Upheld or Outcome.PartlyUpheld or Outcome.NotUpheld).ToList();
        var lines = new List<(string, Func<DemoCase, bool>)>();
        foreach (var (procedure, stage) in new[] { (Procedure.Statutory, 1), (Procedure.Statutory, 2), (Procedure.Statutory, 3), (Procedure.Corporate, 1), (Procedure.Corporate, 2) })
        {
            lines.Add(($"{procedure} stage {stage}: responses", c => Is(c, procedure, stage)));
            lines.Add(($"{procedure} stage {stage}: extended", c => Is(c, procedure, stage) && c.ExtendedDue is not null));
            lines.Add(($"{procedure} stage {stage}: late", c => Is(c, procedure, stage) && IsLate(c)));
        }

        AppendTable(builder, "### Timeliness of decided complaints (upheld, partly or not upheld; loadable rows; Northbrook timescales, see above)", cases, lines);
    }

    private static void AppendTeams(StringBuilder builder, IReadOnlyList<ExportRow> valid)
    {
        var cases = valid.Select(r => r.Case).Where(c => c.IsComplaint).ToList();
        var teams = cases.Select(c => c.Team.NameOn(c.ReceivedDate)).Distinct().Order(StringComparer.Ordinal).ToList();
        var lines = teams.Select(t => (t, (Func<DemoCase, bool>)(c => c.Team.NameOn(c.ReceivedDate) == t))).ToList();
        AppendTable(builder, "### Complaint rows by team as exported (loadable rows)", cases, lines);
    }

    private static void AppendComplainants(StringBuilder builder, IReadOnlyList<ExportRow> valid)
    {
        var cases = valid.Select(r => r.Case).Where(c => c.IsComplaint).ToList();
        var lines = Enum.GetValues<ComplainantType>()
            .Select(t => ($"{Words(t)}", (Func<DemoCase, bool>)(c => !c.ComplainantLeftBlank && c.Complainant == t)))
            .Append(("(left blank)", c => c.ComplainantLeftBlank))
            .Append(("child or young person with Advocate Involved = yes", c => !c.ComplainantLeftBlank && c.Complainant == ComplainantType.ChildOrYoungPerson && c.Advocate == true))
            .ToList();
        AppendTable(builder, "### Complaint rows by complainant type as exported (loadable rows)", cases, lines);

        var methods = Enum.GetValues<ReceiptMethod>()
            .Select(m => ($"{Words(m)}", (Func<DemoCase, bool>)(c => c.Method == m)))
            .ToList();
        AppendTable(builder, "### Complaint rows by method of receipt (loadable rows)", cases, methods);

        var areas = Enum.GetValues<ServiceArea>()
            .Select(a => ($"{Words(a)}", (Func<DemoCase, bool>)(c => c.Area == a)))
            .ToList();
        AppendTable(builder, "### Complaint rows by service area (loadable rows)", cases, areas);
    }

    private static void AppendTable(StringBuilder builder, string title, IReadOnlyList<DemoCase> cases, IEnumerable<(string Label, Func<DemoCase, bool> Test)> lines)
    {
        builder.AppendLine(title).AppendLine();
        builder.Append("| |");
        foreach (var year in DemoPeriod.Years)
        {
            builder.Append(' ').Append(DemoPeriod.Label(year)).Append(" |");
        }

        builder.AppendLine(" all |").Append("|---|");
        foreach (var _ in DemoPeriod.Years)
        {
            builder.Append("---:|");
        }

        builder.AppendLine("---:|");
        foreach (var (label, test) in lines)
        {
            builder.Append("| ").Append(label.Replace("  ", "&nbsp;&nbsp;", StringComparison.Ordinal)).Append(" |");
            var total = 0;
            foreach (var year in DemoPeriod.Years)
            {
                var count = cases.Count(c => DemoPeriod.FinancialYearOf(c.ReceivedDate) == year && test(c));
                total += count;
                builder.Append(' ').Append(count.ToString(English)).Append(" |");
            }

            builder.Append(' ').Append(total.ToString(English)).AppendLine(" |");
        }

        builder.AppendLine();
    }

    private static bool Is(DemoCase c, Procedure procedure, int stage) => c.IsComplaint && c.Procedure == procedure && c.Stage == stage;

    private static bool IsLate(DemoCase c)
    {
        var timescale = Timescale.For(c.Procedure, c.Stage);
        var deadline = c.ExtendedDue ?? WorkingCalendar.AddWorkingDays(c.ReceivedDate, timescale.Due);
        return c.Responded > deadline;
    }

    private static string Describe(DemoCase c) => c.IsComplaint
        ? $"{c.Reference} complaint, {c.Procedure.ToString().ToLowerInvariant()} stage {c.Stage}, {Words(c.Outcome)}"
        : $"{c.Reference} {Words(c.Type)}";

    private static string Words<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder();
        foreach (var ch in name)
        {
            if (char.IsUpper(ch) && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(ch));
        }

        return builder.Length == 4 && name == "None" ? "open" : builder.ToString();
    }
}
