using ComplaintsAnalytics.Reports.Charts;
using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 5: timeliness per procedure and stage against its timescale.</summary>
internal static class TimelinessSection
{
    public static ReportSection Build(SectionContext context)
    {
        var rows = context.Marts.Timeliness();
        var now = rows.Where(r => r.Year == context.Period && (r.Responses > 0 || r.Procedure == "all")).OrderBy(r => r.SortOrder).ToList();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "How quickly complaints were answered, counting decided complaints (upheld, partially upheld or not upheld) with a " +
                "response date. Timescales are in working days, which leave out weekends and bank holidays; a response is within " +
                "timescale when it was sent by the deadline, or by the later deadline agreed with the complainant when the " +
                "response was extended. The direction compares the share within timescale with last year's."),
        };
        var reading = new List<string>();
        foreach (var row in now.Where(r => r.Stage == 1 || r.Procedure == "all"))
        {
            if (row.Responses == 0)
            {
                continue;
            }

            var phrase = row.Procedure == "all"
                ? "of all complaints were answered within timescale"
                : $"of {row.Procedure} stage 1 complaints were answered within {row.TimescaleWorkingDays} working days or the extended deadline";
            reading.Add(Sentences.Capitalise(Sentences.ShareChange(phrase, row.WithinPct, row.PreviousWithinPct is null ? null : context.PreviousYear,
                row.PreviousWithinPct, row.Direction)));
        }

        if (now.FirstOrDefault(r => r.Procedure == "all") is { Responses: > 0 } all)
        {
            reading.Add($"{Numbers.Percent(all.ExtendedPct)} of responses had an extension agreed.");
        }

        if (reading.Count > 0)
        {
            blocks.Add(new ParagraphBlock(string.Join(" ", reading)));
        }

        blocks.Add(Table(now, context));
        if (TimelinessChart.Draw(rows, context.Scope) is { } chart)
        {
            blocks.Add(chart);
        }

        return new ReportSection(5, "Timeliness", blocks);
    }

    private static TableBlock Table(List<TimelinessRow> now, SectionContext context)
    {
        var columns = new List<TableColumn>
        {
            new("Stage", 18, false),
            new("Timescale (working days)", 11, true),
            new("Responses", 12, true),
            new("Within timescale", 11, true),
            new("Within timescale %", 12, true),
            new("Extended %", 12, true),
            new($"Within timescale % {context.PreviousYear ?? "last year"}", 12, true),
            new("Direction", 12, false),
        };
        var rows = now.Select(r => new TableRow(
            [
                r.StageLabel,
                Timescale(r),
                Numbers.Count(r.Responses),
                Numbers.Count(r.WithinTimescale),
                Numbers.Percent(r.WithinPct),
                Numbers.Percent(r.ExtendedPct),
                Numbers.Percent(r.PreviousWithinPct),
                Direction.Label(r.Direction),
            ],
            IsTotal: r.Procedure == "all")).ToList();
        return new TableBlock($"Table 5: Timeliness by stage, {context.Period}", "mart.annual_timeliness", columns, rows,
            ["Timescale: the working days allowed, and in brackets the longest an agreed extension may run to."]);
    }

    private static string Timescale(TimelinessRow row) => row.TimescaleWorkingDays switch
    {
        null => Numbers.NotAvailable,
        { } days when row.MaxWorkingDays > days => $"{days} ({row.MaxWorkingDays})",
        { } days => days.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
