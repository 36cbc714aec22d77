using System.Data.Common;
using System.Globalization;
using ComplaintsAnalytics.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// The annual report for the council with the most records, for the last year of the simulation, written as Word
/// through the report's own service; its reference is reading every <c>mart.annual_*</c> view it draws on in full.
/// </summary>
internal static class NationalAnnualReport
{
    public static NationalFigure Measure(IServiceProvider services, DbConnection connection, IReadOnlyList<NationalCouncilYear> plan, string folder)
    {
        var last = plan.Max(p => p.StartYear);
        var council = plan.Where(p => p.StartYear == last).OrderByDescending(p => p.Records).First();
        var period = string.Create(CultureInfo.InvariantCulture, $"{last}/{(last + 1) % 100:D2}");
        var annualViews = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'mart' AND table_name LIKE 'annual%' ORDER BY table_name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                annualViews.Add(reader.GetString(0));
            }
        }

        var marts = annualViews.Sum(v => NationalReferences.ReadQuery(connection, $"SELECT * FROM mart.{v}").Milliseconds);
        try
        {
            var result = services.GetRequiredService<AnnualReportGenerator>()
                .Generate(connection, new AnnualReportRequest(council.Authority.LaCode, period, Path.Combine(folder, $"annual-report-{council.Authority.LaCode}.docx")));
            return new NationalFigure($"annual report (Word), {council.Authority.Name} ({council.Authority.LaCode}) {period}: {result.Sections} sections, {result.Tables} tables, {result.Charts} charts",
                $"{result.Elapsed.TotalSeconds:F2} s", $"the {annualViews.Count} mart.annual_* views read in full, all councils", $"{marts / 1000:F2} s",
                $"{result.Elapsed.TotalMilliseconds / marts:F1}x");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The report belongs to another capability: a failure there is reported, not allowed to lose the other figures.
            return new NationalFigure($"annual report, {council.Authority.LaCode} {period}", "failed: " + ex.Message, $"the {annualViews.Count} mart.annual_* views read in full",
                $"{marts / 1000:F2} s", string.Empty);
        }
    }
}
