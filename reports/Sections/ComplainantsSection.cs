using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>
/// Table 7: who made new complaints, and how many children and young people were helped by an advocate.
/// Small numbers are protected: a count of one kind of complainant can point to a child.
/// </summary>
internal static class ComplainantsSection
{
    public static ReportSection Build(SectionContext context)
    {
        var volumes = context.Marts.ComplainantTypeVolumes();
        var types = context.Marts.ComplainantTypes();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "Who made new (stage 1) complaints under either procedure. Children and young people may be helped by an " +
                "independent advocate, whom the council must offer them."),
        };
        var children = context.Scope.Years
            .Select(y => (Year: y, Rows: types.Where(t => t.Year == y && t.IsChild).ToList()))
            .Select(x => (x.Year, Complaints: x.Rows.Sum(r => r.Complaints), Advocate: x.Rows.Sum(r => r.WithAdvocate)))
            .ToList();
        var now = children.FirstOrDefault(c => c.Year == context.Period);
        var all = types.Where(t => t.Year == context.Period).Sum(t => t.Complaints);
        if (now.Complaints > 0 && all > 0)
        {
            var print = Printer(context);
            var advocacy = context.Suppress && (SmallNumbers.IsSmall(now.Complaints) || SmallNumbers.IsSmall(now.Advocate))
                ? $"{print(now.Advocate)} of them were helped by an advocate"
                : $"{print(now.Advocate)} of them ({Numbers.Percent(100.0 * now.Advocate / now.Complaints)}) were helped by an advocate";
            blocks.Add(new ParagraphBlock(
                $"Children and young people made {print(now.Complaints)} of the {Numbers.Count(all)} new complaints in {context.Period}, " +
                $"and {advocacy}."));
        }

        blocks.Add(TrendTable.Build(
            new TrendTableSpec("Table 7: New complaints by complainant type", "mart.annual_complainant_types", "Complainant") { Protect = true },
            volumes,
            context));
        blocks.Add(Advocacy(children, context));
        return new ReportSection(7, "Who complained", blocks);
    }

    private static TableBlock Advocacy(List<(string Year, long Complaints, long Advocate)> children, SectionContext context)
    {
        var columns = new List<TableColumn> { new("Children and young people", 40, false) };
        columns.AddRange(children.Select(c => new TableColumn(c.Year, 15, true)));
        var print = Printer(context);
        var rows = new List<TableRow>
        {
            new(["New complaints made by a child or young person", .. children.Select(c => print(c.Complaints))]),
            new(["of which helped by an advocate", .. children.Select(c => print(c.Advocate))]),
        };
        var anySmall = children.Any(c => SmallNumbers.IsSmall(c.Complaints) || SmallNumbers.IsSmall(c.Advocate));
        var notes = new List<string>();
        if (!context.Suppress)
        {
            notes.Add(TrendTable.UnsuppressedNote);
        }
        else if (anySmall)
        {
            notes.Add(TrendTable.ProtectedNote);
        }
        return new TableBlock("Table 7a: Complaints by children and young people, and advocacy", "mart.annual_complainant_types", columns, rows, notes);
    }

    private static Func<long, string> Printer(SectionContext context) =>
        v => context.Suppress && SmallNumbers.IsSmall(v) ? SmallNumbers.FewerThanFive : Numbers.Count(v);
}
