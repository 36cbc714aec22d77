using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 13: learning and actions recorded on upheld complaints, redacted text only, by service area.</summary>
internal static class LearningSection
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
        var rows = context.Marts.Learning();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                $"The learning and actions recorded on the {Sentences.Plural(rows.Count, "upheld or partially upheld complaint stage", "upheld or partially upheld complaint stages")} " +
                $"received in {context.Period} that have them, as the officer recorded them with names, contact details, dates and " +
                "addresses removed. Whether each action has been completed is not recorded in the case system's export, so it is " +
                "not reported here: add it before publication."),
        };
        var number = 0;
        foreach (var area in rows.GroupBy(r => r.ServiceArea).OrderBy(g => Array.IndexOf(AreaNames.Keys.ToArray(), g.Key)))
        {
            number++;
            var name = AreaNames.GetValueOrDefault(area.Key, "Other services");
            var columns = new List<TableColumn>
            {
                new("Team", 20, false),
                new("Stage and outcome", 17, false),
                new("Themes", 18, false),
                new("Learning or action", 45, false),
            };
            var table = area.Select(r => new TableRow([r.ReportingTeam, $"{r.StageLabel}, {r.OutcomeName.ToLowerInvariant()}", r.Themes ?? Numbers.NotAvailable, r.Learning]))
                .ToList();
            blocks.Add(new TableBlock($"Table 13.{number}: Learning and actions: {name}", "mart.annual_learning", columns, table, []));
        }

        return new ReportSection(13, "Learning from complaints", blocks);
    }
}
