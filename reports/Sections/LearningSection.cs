using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Table 13: learning and actions recorded on upheld complaints, redacted text only, by service area and team.</summary>
internal static class LearningSection
{
    private static readonly string[] AreaOrder = ["social_care", "send", "education", "early_help", "other"];

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
        if (rows.Count == 0)
        {
            return new ReportSection(13, "Learning from complaints",
            [
                new ParagraphBlock(
                    $"No learning or actions are recorded on the upheld or partially upheld complaints received in {context.Period}. " +
                    "Add the lessons the service has taken from them before publication."),
            ]);
        }

        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                $"The learning and actions recorded on the {Sentences.Plural(rows.Count, "upheld or partially upheld complaint stage", "upheld or partially upheld complaint stages")} " +
                $"received in {context.Period} that have them, as the officer recorded them with names, contact details, dates and " +
                "addresses removed. Whether each action has been completed is not recorded in the case system's export, so it is " +
                "not reported here: add it before publication."),
        };
        var number = 0;
        foreach (var area in rows.GroupBy(r => r.ServiceArea).OrderBy(g => Array.IndexOf(AreaOrder, g.Key) is var i && i < 0 ? AreaOrder.Length : i))
        {
            number++;
            var columns = new List<TableColumn>
            {
                new("Stage and outcome", 19, false),
                new("Themes", 19, false),
                new("Learning or action", 62, false),
            };
            var table = new List<TableRow>();
            foreach (var team in area.GroupBy(r => r.ReportingTeam).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                table.Add(new TableRow([team.Key, string.Empty, string.Empty], IsTotal: true));
                table.AddRange(team.Select(r => new TableRow([$"{r.StageLabel}, {r.OutcomeName.ToLowerInvariant()}", r.Themes ?? Numbers.NotAvailable, r.Learning])));
            }

            var name = AreaNames.GetValueOrDefault(area.Key, "Other services");
            blocks.Add(new TableBlock($"Table 13.{number}: Learning and actions, {name}", "mart.annual_learning", columns, table, []));
        }

        return new ReportSection(13, "Learning from complaints", blocks);
    }
}
