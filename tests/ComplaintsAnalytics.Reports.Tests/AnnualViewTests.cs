using System.Text;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Tests.Support;
using Dapper;

namespace ComplaintsAnalytics.Reports.Tests;

/// <summary>What the <c>mart.annual_*</c> views count, on small invented exports in the canonical layout.</summary>
public sealed class AnnualViewTests : IDisposable
{
    private const string Header = "case_reference,record_type,procedure,stage,received_date,responded_date,service_area,team,outcome,la_code";
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void A_case_deleted_in_its_source_is_left_out_of_every_annual_view()
    {
        Import(Rows("999", "2023-05-02", "compliment", 6), Rows("999", "2024-05-02", "compliment", 8));

        _warehouse.Connection.Execute("UPDATE dw.fact_representation SET deleted_at = TIMESTAMP '2025-04-01 02:30:00' WHERE case_reference = 'R-999-2024-05-02-compliment-1'");

        Assert.Equal(7L, Received("999", "2024/25", "compliment"));
        Assert.Equal(7L, _warehouse.Scalar<long>("SELECT compliments FROM mart.annual_compliments_by_team WHERE financial_year = '2024/25'"));
        Assert.Equal(16.67, Math.Round(_warehouse.Scalar<double>("SELECT change_pct FROM mart.annual_representations WHERE financial_year = '2024/25' AND representation_type = 'compliment'"), 2));
    }

    [Fact]
    public void A_change_that_rounds_to_0_percent_is_level_and_the_first_year_has_no_direction()
    {
        Import(Rows("999", "2023-05-02", "compliment", 250), Rows("999", "2024-05-02", "compliment", 251));

        Assert.Equal("level", Direction("2024/25", "compliment"));
        Assert.Null(Direction("2023/24", "compliment"));

        // Every kind is there every year, at 0 where nothing was received, so its change is always against the year before.
        Assert.Equal(0L, Received("999", "2024/25", "mp_enquiry"));
        Assert.Equal("level", Direction("2024/25", "mp_enquiry"));
    }

    [Fact]
    public void A_team_renamed_since_counts_its_earlier_complaints_under_its_name_today()
    {
        var csv = new StringBuilder(Header).AppendLine();
        csv.AppendLine("C-1,complaint,statutory,1,2023-06-01,2023-06-05,social_care,Fostering Support,upheld,999");
        csv.AppendLine("C-2,complaint,statutory,1,2023-07-03,2023-07-05,social_care,Fostering Support,not_upheld,999");
        csv.AppendLine("C-3,complaint,statutory,1,2024-06-03,2024-06-05,social_care,Fostering Service,upheld,999");
        var path = _warehouse.PathFor("renamed.csv");
        File.WriteAllText(path, csv.ToString());
        var profile = new MappingProfile { Name = "rename" };
        profile.Teams["Fostering Support"] = new TeamChange { ReportingTeam = "Fostering Service", From = new DateOnly(2024, 4, 1) };
        Assert.Equal(0, _warehouse.ImportCases(path, profile).Rejected);

        var teams = _warehouse.Connection.Query<(string Team, string Year, long Complaints)>(
            "SELECT reporting_team, financial_year, complaints FROM mart.annual_complaints_by_team ORDER BY financial_year").ToList();

        Assert.Equal([("Fostering Service", "2023/24", 2L), ("Fostering Service", "2024/25", 1L)], teams);
    }

    [Fact]
    public void With_two_councils_the_report_must_be_told_which()
    {
        Import(Rows("998", "2024-05-02", "compliment", 1), Rows("999", "2024-05-02", "compliment", 1));

        var refused = Assert.Throws<ReportScopeException>(() => ReportScopeResolver.Resolve(_warehouse.Connection, null, null));

        Assert.Equal("The warehouse holds case records for 2 councils (998, 999); say which with --authority.", refused.Message);
        var chosen = ReportScopeResolver.Resolve(_warehouse.Connection, "998", null);
        Assert.Equal(("998", "Westshire Council (invented demo)", "2024/25"), (chosen.LaCode, chosen.AuthorityName, chosen.Period));
        Assert.Equal(["2024/25"], chosen.Years);
    }

    [Fact]
    public void An_empty_warehouse_says_to_load_cases_first()
    {
        var refused = Assert.Throws<ReportScopeException>(() => ReportScopeResolver.Resolve(_warehouse.Connection, null, null));

        Assert.Equal("The warehouse holds no case records yet. Load some first: refresh (or refresh --demo).", refused.Message);
    }

    public void Dispose() => _warehouse.Dispose();

    private static IEnumerable<string> Rows(string laCode, string received, string type, int count) =>
        Enumerable.Range(1, count).Select(i => $"R-{laCode}-{received}-{type}-{i},{type},,,{received},,social_care,Family Support,,{laCode}");

    private void Import(params IEnumerable<string>[] rows)
    {
        var path = _warehouse.PathFor($"export-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, [Header, .. rows.SelectMany(r => r)]);
        Assert.Equal(0, _warehouse.ImportCases(path).Rejected);
    }

    private long Received(string laCode, string year, string type) =>
        _warehouse.Scalar<long>("SELECT received FROM mart.annual_representations WHERE la_code = $la AND financial_year = $year AND representation_type = $type",
            new { la = laCode, year, type });

    private string? Direction(string year, string type) =>
        _warehouse.Connection.ExecuteScalar<string?>("SELECT direction FROM mart.annual_representations WHERE financial_year = $year AND representation_type = $type",
            new { year, type });
}
