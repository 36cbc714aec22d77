using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Ombudsman;
using ComplaintsAnalytics.Etl.Sen2;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Statistics;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Bench.National;
using ComplaintsAnalytics.Jobs.Cli.Benchmark;
using ComplaintsAnalytics.Jobs.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Tests.Bench;

/// <summary>The national simulation's generator at tiny scale: the shape of its files, and that they import with no rejects.</summary>
public sealed class NationalSimulationTests
{
    private static string ReferralsPath => Path.Combine(RepositoryFolder.Find(ReferralFigures.RelativeFolder), ReferralFigures.FileName);

    [Fact]
    public void The_national_plan_covers_the_153_current_authorities_and_gives_predecessors_only_the_years_they_existed()
    {
        var plan = NationalPlan.Build(new NationalSettings(10, 153, "unused"), ReferralsPath);

        Assert.Equal(153, plan.Where(p => p.Authority.IsCurrent).Select(p => p.Authority.LaCode).Distinct().Count());
        Assert.Equal(["815", "825", "835", "836", "837", "909", "928", "933"], plan.Where(p => !p.Authority.IsCurrent).Select(p => p.Authority.LaCode).Distinct().Order());
        Assert.All(plan, p => Assert.True(p.Authority.ExistsThroughout(p.StartYear), $"{p.Authority.LaCode} did not exist throughout {p.StartYear}"));
        Assert.Equal(Enumerable.Range(2015, 8), plan.Where(p => p.Authority.LaCode == "909").Select(p => p.StartYear));
        Assert.Equal([2023, 2024], plan.Where(p => p.Authority.LaCode == "942").Select(p => p.StartYear));
        Assert.Equal(Enumerable.Range(2015, 6), plan.Where(p => p.Authority.LaCode == "928").Select(p => p.StartYear));
        Assert.Equal(Enumerable.Range(2021, 4), plan.Where(p => p.Authority.LaCode == "940").Select(p => p.StartYear));
        Assert.Equal(Enumerable.Range(2015, 10), plan.Where(p => p.Authority.LaCode == "815").Select(p => p.StartYear).Order());
        Assert.Equal(1_520, plan.Count);
        Assert.All(plan, p => Assert.InRange(p.Records, NationalSettings.MinimumRecords, NationalSettings.MaximumRecords));
        Assert.All(plan.Where(p => p.Referrals is { } r && r * 0.3 * 1.2 < NationalSettings.MaximumRecords && r * 0.3 * 0.8 > NationalSettings.MinimumRecords),
            p => Assert.InRange(p.Records, p.Referrals!.Value * 0.3 * 0.8 - 1, p.Referrals.Value * 0.3 * 1.2 + 1));
    }

    [Fact]
    public void Three_councils_over_two_years_and_the_Cumbria_split_give_canonical_files_that_import_with_no_rejects()
    {
        using var folder = new TemporaryFolder();
        var small = NationalPlan.Build(new NationalSettings(2, 3, folder.Path), ReferralsPath);
        var split = NationalPlan.Build(new NationalSettings(3, 153, folder.Path), ReferralsPath)
            .Where(p => p.Authority.LaCode is "909" or "942" && p.StartYear is 2022 or 2023).ToList();
        Assert.Equal(["201", "202", "203"], small.Select(p => p.Authority.LaCode).Distinct());
        Assert.Equal([2023, 2024], small.Select(p => p.StartYear).Distinct());
        Assert.Equal([("909", 2022), ("942", 2023)], split.Select(p => (p.Authority.LaCode, p.StartYear)).Order());
        var plan = small.Concat(split).ToList();

        var history = NationalCaseExports.WriteHistory(plan, folder.Combine("cases"));
        var delta = NationalCaseExports.WriteDelta(plan, folder.Combine("delta"));
        var sen2 = NationalStatisticsFiles.WriteSen2(plan, folder.Combine("statistics"));
        var lgsco = NationalStatisticsFiles.WriteLgsco(plan, folder.Combine("statistics"));

        Assert.Equal(5, history.Count);
        var all = history.SelectMany(f => ReadRows(f.Path, f.LaCode)).ToList();
        Assert.Equal(history.Sum(f => f.Rows), all.Count);
        Assert.Equal(plan.Sum(p => (long)p.Records), all.Select(r => (r["la_code"], r["case_reference"])).Distinct().LongCount());
        Assert.Equal(all.Count, all.Select(r => (r["case_reference"], r["stage"])).Distinct().Count());
        var complaints = all.Where(r => r["record_type"] == "complaint").ToList();
        Assert.Equal(["corporate", "statutory"], complaints.Select(r => r["procedure"]!).Distinct().Order());
        Assert.Equal(["1", "2", "3"], complaints.Select(r => r["stage"]!).Distinct().Order());
        Assert.All(complaints.Where(r => r["stage"] == "3"), r => Assert.Equal("statutory", r["procedure"]));
        var firstStages = complaints.Where(r => r["stage"] == "1").Select(r => r["case_reference"]).ToHashSet();
        Assert.All(complaints.Where(r => r["stage"] != "1"), r => Assert.Contains(r["case_reference"], firstStages));
        Assert.Equal(NationalSummaries.Themes.Length, complaints.Select(r => r["category"]).OfType<string>().Distinct().Count());
        Assert.True(all.Select(r => r["record_type"]).Distinct().Count() >= 6);
        Assert.True(all.Select(r => r["team"]).Distinct().Count() >= 10);
        Assert.Equal(["not_upheld", "partially_upheld", "upheld", "withdrawn"], complaints.Select(r => r["outcome"]).OfType<string>().Distinct().Order());
        Assert.True(complaints.Select(r => r["summary"]).Distinct().Count() > complaints.Count * 9 / 10, "complaint summaries should hardly repeat");
        Assert.Equal(history.Sum(f => (f.Rows + NationalCaseExports.ChangedEvery - 1) / NationalCaseExports.ChangedEvery), delta.Sum(d => d.Rows));

        using var services = JobsServices.Build();
        using var connection = DuckDbWarehouse.Open(new WarehouseLocation(folder.Combine("warehouse.duckdb")));
        services.GetRequiredService<WarehouseMigrator>().Migrate(connection);
        var import = services.GetRequiredService<CaseImport>();
        foreach (var file in history)
        {
            var result = import.Import(connection, new CaseImportRequest(file.Path, MappingProfile.Canonical));
            Assert.Equal((file.Rows, file.Rows, 0L), (result.Read, result.Loaded, result.Rejected));
        }

        foreach (var file in delta)
        {
            var result = import.Import(connection, new CaseImportRequest(file.Path, MappingProfile.Canonical));
            Assert.Equal((file.Rows, 0L, file.Rows, 0L), (result.Read, result.Loaded, result.Updated, result.Rejected));
        }

        var statistics = ActivatorUtilities.CreateInstance<StatisticsLoader>(services);
        var sen2Result = statistics.Import(connection, sen2.Path, new Sen2Parser());
        var lgscoResult = statistics.Import(connection, lgsco.Path, new LgscoParser());
        Assert.Equal((8L, 8L, 0L), (sen2Result.Read, sen2Result.Loaded, sen2Result.Rejected));
        Assert.Equal((8L, 0L), (lgscoResult.Read, lgscoResult.Rejected));
    }

    private static IEnumerable<Dictionary<string, string?>> ReadRows(string path, string laCode)
    {
        using var reader = TabularReaderFactory.Open(path);
        Assert.Equal(CanonicalColumn.Required, reader.Headers);
        while (reader.Read())
        {
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.Headers.Count; i++)
            {
                row[reader.Headers[i]] = reader.GetValue(i) switch
                {
                    null => null,
                    double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
                };
            }

            Assert.Equal(laCode, row["la_code"]);
            Assert.IsType<DateTime>(reader.GetValue(CanonicalColumn.ReceivedDate));
            yield return row;
        }
    }
}
