using System.Data;
using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>Builds the whole report for one council and year: title page, summary, the thirteen tables, and notes.</summary>
internal static class AnnualReportBuilder
{
    public static ReportDocument Build(IDbConnection connection, ReportScope scope, bool suppress, DateOnly drafted)
    {
        var context = new SectionContext(new AnnualMarts(connection, scope), scope, suppress);
        var name = scope.AuthorityName;
        var sections = new List<ReportSection>
        {
            SummarySection.Build(context),
            RepresentationsSection.Build(context),
            StagesSection.Build(context),
            TeamsSection.Build(context),
            OutcomesSection.Build(context),
            TimelinessSection.Build(context),
            ThemesSection.Build(context),
            ComplainantsSection.Build(context),
            ReceiptSection.Build(context),
            RejectionsSection.Build(context),
            OmbudsmanSection.Build(context, name),
            ComplimentsSection.Build(context),
            ContextSection.Build(context, name),
            LearningSection.Build(context),
        };
        var blocks = sections.SelectMany(s => s.Blocks).ToList();
        var views = blocks.OfType<TableBlock>().Select(t => t.SourceView)
            .Concat(blocks.OfType<ChartBlock>().Where(c => c.Name == "neighbours").Select(_ => "mart.annual_neighbour_rates"));
        sections.Add(AboutSection.Build(context, drafted, views));

        var title = $"Children's services complaints and representations: annual report {scope.Period}";
        var lines = new List<string>
        {
            name,
            $"Complaints, compliments and representations about children's social care, SEND and education services, 1 April {scope.Period[..4]} to 31 March {int.Parse(scope.Period[..4], System.Globalization.CultureInfo.InvariantCulture) + 1}.",
            "The annual report required by regulation 13(3) of The Children Act 1989 Representations Procedure (England) Regulations 2006.",
            $"Draft produced from the complaints warehouse on {Numbers.Date(drafted)}: check and edit it before it goes to committee.",
        };
        var draft = suppress ? null : "INTERNAL DRAFT: small numbers are not suppressed. Do not publish.";
        return new ReportDocument(title, name, scope.Period, lines, draft, sections);
    }
}
