using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 11: compliments by team (small numbers protected) and MP and councillor enquiries with their response times.</summary>
internal static class ComplimentsSection
{
    private const string TeamNotRecorded = "Team not recorded";

    public static ReportSection Build(SectionContext context)
    {
        var compliments = context.Marts.ComplimentsByTeam();
        var enquiries = context.Marts.Enquiries();
        var blocks = new List<ReportBlock>();
        var now = compliments.Where(c => c.Year == context.Period).Sum(c => c.Value ?? 0);
        var before = context.PreviousYear is { } previous ? compliments.Where(c => c.Year == previous).Sum(c => c.Value ?? 0) : (double?)null;
        if (now > 0)
        {
            var top = compliments.Where(c => c.Year == context.Period && c.Value >= 5 && c.Key != TeamNotRecorded).MaxBy(c => c.Value);
            blocks.Add(new ParagraphBlock(
                $"The council received {Sentences.Plural((long)now, "compliment", "compliments")} in {context.Period}" +
                (before is { } b ? $" ({Numbers.Count(b)} in {context.PreviousYear})" : string.Empty) + "." +
                (top is null ? string.Empty : $" {top.Label} received the most ({Numbers.Count(top.Value)}).")));
            blocks.Add(TrendTable.Build(
                new TrendTableSpec("Table 11: Compliments by team", "mart.annual_compliments_by_team", "Team") { Protect = true },
                compliments,
                context));
        }
        else
        {
            blocks.Add(new ParagraphBlock($"No compliments were recorded in {context.Period}."));
        }

        var reading = enquiries.Where(e => e.Year == context.Period && e.Answered > 0 && e.RepresentationType != "enquiry")
            .Select(e => $"{e.TypeName} took {Numbers.Fixed(e.AverageWorkingDays, 1)} working days on average to answer " +
                $"({Numbers.Percent(e.Within20DaysPct)} within 20 working days)" +
                (e.PreviousAverageWorkingDays is { } p ? $", against {Numbers.Fixed(p, 1)} in {context.PreviousYear}." : "."))
            .ToList();
        if (reading.Count > 0)
        {
            blocks.Add(new ParagraphBlock(string.Join(" ", reading)));
        }

        blocks.Add(Enquiries(enquiries, context));
        return new ReportSection(11, "Compliments and enquiries", blocks);
    }

    private static TableBlock Enquiries(IReadOnlyList<EnquiryRow> enquiries, SectionContext context)
    {
        var columns = new List<TableColumn>
        {
            new("Enquiries", 21, false),
            new($"Received {context.Period}", 12, true),
            new("Answered", 13, true),
            new("Within 20 working days %", 13, true),
            new($"Average working days {context.PreviousYear ?? "last year"}", 14, true),
            new($"Average working days {context.Period}", 14, true),
            new("Direction", 13, false),
        };
        var rows = enquiries.Where(e => e.Year == context.Period && e.Received > 0)
            .OrderBy(e => e.SortOrder)
            .Select(e => new TableRow(
            [
                e.TypeName,
                Numbers.Count(e.Received),
                Numbers.Count(e.Answered),
                Numbers.Percent(e.Within20DaysPct),
                Numbers.Fixed(e.PreviousAverageWorkingDays, 1),
                Numbers.Fixed(e.AverageWorkingDays, 1),
                Direction.Label(e.Direction),
            ]))
            .ToList();
        return new TableBlock($"Table 11a: Enquiries and how quickly they were answered, {context.Period}", "mart.annual_enquiry_responses", columns, rows,
            ["Working days from receipt to the response; the direction is of the average (down is quicker)."]);
    }
}
