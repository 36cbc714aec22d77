using System.Globalization;
using System.Text;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// The public statistics beside the invented case records, in the layouts <c>import sen2</c> and <c>import lgsco</c>
/// accept (see tests/fixtures/benchmark/): invented EHC plan counts (new plans, calendar year) and invented Ombudsman
/// figures (education and children's services) for every council and year of the plan, scaled by its real referrals.
/// Referrals themselves are DfE's real c1 table, loaded as it is.
/// </summary>
internal static class NationalStatisticsFiles
{
    private static readonly string[] Sen2Header =
    [
        "time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code",
        "la_name", "breakdown_topic", "breakdown", "new_ehc_plans", "mainstream_total", "special_total", "ap_pru_total", "fe_total", "neet", "placement_unknown",
    ];

    private static readonly string[] LgscoHeader =
        ["Authority", "LA code", "Year", "Category", "Complaints and enquiries received", "Decisions made", "Detailed investigations", "Upheld", "Uphold rate"];

    public static NationalFile WriteSen2(IReadOnlyList<NationalCouncilYear> plan, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "sen2-new-plans-invented.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine(string.Join(',', Sen2Header));
        foreach (var year in plan)
        {
            var random = new Random(NationalCaseRows.Seed(year.Authority.LaCode, year.StartYear) ^ 0x5E2);
            var plans = Math.Max(20, (int)((year.Referrals ?? 3_000) * (0.08 + (random.NextDouble() * 0.08))));
            var mainstream = plans * 55 / 100;
            var special = plans * 35 / 100;
            var cells = new[]
            {
                $"{year.StartYear}", "Calendar year", "Local authority", "E92000001", "England", year.Authority.RegionCode, string.Empty, year.Authority.LaCode, string.Empty,
                Quote(year.Authority.Name), "Total", "All EHC plans", $"{plans}", $"{mainstream}", $"{special}", "0", $"{plans - mainstream - special}", "0", "0",
            };
            writer.WriteLine(string.Join(',', cells));
        }

        return new NationalFile(path, string.Empty, plan.Count);
    }

    public static NationalFile WriteLgsco(IReadOnlyList<NationalCouncilYear> plan, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "lgsco-annual-review-invented.xlsx");
        using var writer = XlsxTableWriter.Create(path, "Data", neutraliseFormulas: false);
        writer.WriteHeader(LgscoHeader);
        foreach (var year in plan)
        {
            var random = new Random(NationalCaseRows.Seed(year.Authority.LaCode, year.StartYear) ^ 0x1650);
            var received = 5 + random.Next(Math.Max(10, (int)((year.Referrals ?? 3_000) / 150)));
            var decisions = Math.Max(1, received * (80 + random.Next(20)) / 100);
            var investigations = decisions * (15 + random.Next(25)) / 100;
            var upheld = investigations * (50 + random.Next(40)) / 100;
            writer.WriteRow(
            [
                year.Authority.Name, year.Authority.LaCode,
                string.Create(CultureInfo.InvariantCulture, $"{year.StartYear}-{(year.StartYear + 1) % 100:D2}"),
                "Education and children's services", (double)received, (double)decisions, (double)investigations, (double)upheld,
                investigations == 0 ? null : Math.Round((double)upheld / investigations, 3),
            ]);
        }

        return new NationalFile(path, string.Empty, plan.Count);
    }

    private static string Quote(string text) => text.Contains(',', StringComparison.Ordinal) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
