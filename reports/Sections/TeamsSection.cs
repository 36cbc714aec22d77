using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 3: new complaints by service area, and by team (small numbers protected: a team can point to a child).</summary>
internal static class TeamsSection
{
    private static readonly Dictionary<string, string> AreaNames = new(StringComparer.Ordinal)
    {
        ["social_care"] = "Children's social care",
        ["send"] = "Special educational needs and disabilities (SEND)",
        ["education"] = "Education",
        ["early_help"] = "Early help",
        ["other"] = "Other services",
    };

    public static ReportSection Build(SectionContext context)
    {
        var areas = context.Marts.ServiceAreas();
        var teams = context.Marts.Teams();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                "New (stage 1) complaints under either procedure, by the service complained about and by team. Teams are shown " +
                "under their names today: the complaints of a team that has since been renamed or merged count under the team that " +
                "took its work over, so the years compare like with like."),
        };
        var thisYear = areas.Where(a => a.Year == context.Period && a.Value > 0).ToList();
        var total = thisYear.Sum(a => a.Value ?? 0);
        if (total > 0)
        {
            var largest = thisYear.MaxBy(a => a.Value)!;
            var reading = $"{largest.Label} received the most new complaints in {context.Period}: {Numbers.Count(largest.Value)} of " +
                $"{Numbers.Count(total)} ({Numbers.Percent(100.0 * largest.Value / total)}).";
            var busiest = teams.Where(t => t.Year == context.Period && t.Value >= 5 && t.Label != "Team not recorded").MaxBy(t => t.Value);
            if (busiest is not null)
            {
                reading += $" The team with the most was {busiest.Label} ({Numbers.Count(busiest.Value)}).";
            }

            blocks.Add(new ParagraphBlock(reading));
        }

        blocks.Add(TrendTable.Build(
            new TrendTableSpec("Table 3: New complaints by service area", "mart.annual_complaints_by_service_area", "Service area"),
            areas,
            context));
        blocks.Add(TrendTable.Build(
            new TrendTableSpec("Table 3a: New complaints by team", "mart.annual_complaints_by_team", "Team")
            {
                Protect = true,
                Group = r => AreaNames.GetValueOrDefault(r.Source ?? "other", "Other services"),
            },
            teams,
            context));
        return new ReportSection(3, "Complaints by service and team", blocks);
    }
}
