using System.Globalization;
using ComplaintsAnalytics.Reports.Tests.Support;

namespace ComplaintsAnalytics.Reports.Tests;

/// <summary>
/// Every number in the Word report, read back from the .docx, equals the figure in the <c>mart.annual_*</c>
/// view its table names (the table's alt text), so Power BI and the report can never disagree.
/// </summary>
[Collection(DemoReportGroup.Name)]
public sealed class MartAgreementTests(DemoReport demo)
{
    private const string Council = "999";
    private const string Period = "2024/25";
    private const string Previous = "2023/24";

    private static readonly Dictionary<string, (string View, string Label, string Value)> TrendTables = new(StringComparer.Ordinal)
    {
        ["Table 1:"] = ("mart.annual_representations", "type_name", "received"),
        ["Table 2:"] = ("mart.annual_complaints_by_stage", "stage_label", "received"),
        ["Table 3:"] = ("mart.annual_complaints_by_service_area", "service_area_name", "complaints"),
        ["Table 3a:"] = ("mart.annual_complaints_by_team", "reporting_team", "complaints"),
        ["Table 7:"] = ("mart.annual_complainant_types", "complainant_type_name", "complaints"),
        ["Table 8:"] = ("mart.annual_receipt_methods", "receipt_method_name", "complaints"),
        ["Table 9:"] = ("mart.annual_rejections", "reason", "rejected"),
        ["Table 10:"] = ("mart.annual_ombudsman", "measure_name", "value"),
        ["Table 11:"] = ("mart.annual_compliments_by_team", "reporting_team", "compliments"),
        ["Table 12:"] = ("mart.annual_context", "measure_name", "value"),
    };

    [Fact]
    public void Every_table_names_the_view_its_figures_come_from()
    {
        Assert.Equal(21, demo.Document.Tables.Count);
        Assert.All(demo.Document.Tables, t => Assert.StartsWith("mart.annual_", t.SourceView, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_figure_of_the_tables_over_the_years_matches_its_view()
    {
        foreach (var (caption, spec) in TrendTables)
        {
            var table = demo.Document.Table(caption);
            Assert.Equal(spec.View, table.SourceView);
            Assert.Equal(["2022/23", Previous, Period, "Change", "Direction"], table.Header.Skip(1));
            var view = Rows(spec.View);
            var checkedRows = 0;
            foreach (var row in table.Rows.Where(r => !IsGroupHeading(r)))
            {
                var years = table.Header.Skip(1).Take(3).ToList();
                for (var y = 0; y < years.Count; y++)
                {
                    var figure = view.One((spec.Label, row[0]), ("financial_year", years[y]));
                    PrintedCell.Matches(row[y + 1], figure[spec.Value], $"{table.Caption}, {row[0]}, {years[y]}");
                }

                var now = view.One((spec.Label, row[0]), ("financial_year", Period));
                var before = view.One((spec.Label, row[0]), ("financial_year", Previous));
                var protectedRow = row.Skip(2).Take(2).Any(PrintedCell.IsProtected);
                var change = now.TryGetValue("unit", out var unit) && unit as string != "count" ? now["change_points"] : now["change_pct"];
                PrintedCell.ChangeMatches(row[4], change, before[spec.Value], now[spec.Value], protectedRow, $"{table.Caption}, {row[0]}, change");
                PrintedCell.DirectionMatches(row[5], now["direction"], protectedRow, $"{table.Caption}, {row[0]}, direction");
                checkedRows++;
            }

            Assert.True(checkedRows > 0, $"{table.Caption} has no rows");
        }
    }

    [Fact]
    public void Escalation_and_compensation_match_the_stage_view()
    {
        var view = Rows("mart.annual_complaints_by_stage");
        var escalation = demo.Document.Table("Table 2a:");
        Assert.Equal(["Statutory stage 1 to stage 2", "Statutory stage 2 to stage 3", "Corporate stage 1 to stage 2"], escalation.Rows.Select(r => r[0]));
        foreach (var row in escalation.Rows)
        {
            var stage = row[0][..row[0].IndexOf(" to ", StringComparison.Ordinal)];
            foreach (var year in new[] { Previous, Period })
            {
                var figure = view.One(("stage_label", stage), ("financial_year", year));
                PrintedCell.Matches(row[escalation.Column($"Escalated {year}")], figure["escalated"], $"{row[0]} {year}");
                PrintedCell.Matches(row[escalation.Column($"Share {year}")], figure["escalated_pct"], $"{row[0]} {year} share");
            }
        }

        var compensation = demo.Document.Table("Table 4a:");
        Assert.Equal(5, compensation.Rows.Count);
        foreach (var row in compensation.Rows)
        {
            foreach (var year in new[] { Previous, Period })
            {
                var figure = view.One(("stage_label", row[0]), ("financial_year", year));
                PrintedCell.Matches(row[compensation.Column($"Complaints {year}")], figure["compensated"], $"{row[0]} {year}");
                PrintedCell.Matches(row[compensation.Column($"Paid {year}")], figure["compensation_paid"], $"{row[0]} {year} paid");
            }
        }
    }

    [Fact]
    public void Outcomes_match_the_outcome_view()
    {
        var view = Rows("mart.annual_outcomes");
        var table = demo.Document.Table("Table 4:");
        string? stage = null;
        var checkedRows = 0;
        foreach (var row in table.Rows)
        {
            if (IsGroupHeading(row))
            {
                stage = row[0];
                continue;
            }

            foreach (var year in new[] { Previous, Period })
            {
                var figure = view.One(("stage_label", stage!), ("outcome_name", row[0]), ("financial_year", year));
                PrintedCell.Matches(row[table.Column(year)], figure["complaints"], $"{stage} {row[0]} {year}");
                PrintedCell.Matches(row[table.Column($"Share {year}")], figure["share_pct"], $"{stage} {row[0]} {year} share");
            }

            PrintedCell.DirectionMatches(row[^1], view.One(("stage_label", stage!), ("outcome_name", row[0]), ("financial_year", Period))["direction"], false, $"{stage} {row[0]}");
            checkedRows++;
        }

        // Five stages, four outcomes each, and an open row where complaints were still open at the end of 2024/25.
        Assert.Equal(25, checkedRows);
    }

    [Fact]
    public void Timeliness_matches_the_timeliness_view()
    {
        var view = Rows("mart.annual_timeliness");
        var table = demo.Document.Table("Table 5:");
        Assert.Equal(["Statutory stage 1", "Statutory stage 2", "Statutory stage 3", "Corporate stage 1", "Corporate stage 2", "All complaints"], table.Rows.Select(r => r[0]));
        foreach (var row in table.Rows)
        {
            var figure = view.One(("stage_label", row[0]), ("financial_year", Period));
            PrintedCell.Matches(row[1], figure["timescale_working_days"], $"{row[0]} timescale");
            PrintedCell.Matches(row[2], figure["responses"], $"{row[0]} responses");
            PrintedCell.Matches(row[3], figure["within_timescale"], $"{row[0]} within");
            PrintedCell.Matches(row[4], figure["within_pct"], $"{row[0]} within %");
            PrintedCell.Matches(row[5], figure["extended_pct"], $"{row[0]} extended %");
            PrintedCell.Matches(row[6], figure["previous_within_pct"], $"{row[0]} within % last year");
            PrintedCell.DirectionMatches(row[7], figure["direction"], false, $"{row[0]} direction");
        }

        // Statutory stages carry the extension the Regulations allow: 10 working days, 20 with an extension.
        Assert.Equal("10 (20)", table.Row("Statutory stage 1")[1]);
        Assert.Equal("15", table.Row("Corporate stage 1")[1]);
    }

    [Fact]
    public void Themes_match_the_theme_view()
    {
        var view = Rows("mart.annual_themes");
        var table = demo.Document.Table("Table 6:");
        Assert.Equal("All issues", table.Rows[^1][0]);
        foreach (var row in table.Rows)
        {
            var now = view.One(("theme_name", row[0]), ("financial_year", Period));
            var before = view.One(("theme_name", row[0]), ("financial_year", Previous));
            PrintedCell.Matches(row[table.Column($"Raised {Previous}")], before["raised"], $"{row[0]} raised {Previous}");
            PrintedCell.Matches(row[table.Column($"Raised {Period}")], now["raised"], $"{row[0]} raised");
            PrintedCell.ChangeMatches(row[table.Column("Change")], now["change_pct"], before["raised"], now["raised"], false, $"{row[0]} change");
            PrintedCell.DirectionMatches(row[table.Column("Direction")], now["direction"], false, $"{row[0]} direction");
            PrintedCell.Matches(row[table.Column($"Upheld or partly {Period}")], now["upheld_or_partly"], $"{row[0]} upheld");
            PrintedCell.Matches(row[table.Column("Share upheld")], now["upheld_pct"], $"{row[0]} share upheld");
        }
    }

    [Fact]
    public void Advocacy_and_enquiries_match_their_views()
    {
        var types = Rows("mart.annual_complainant_types");
        var advocacy = demo.Document.Table("Table 7a:");
        foreach (var year in new[] { "2022/23", Previous, Period })
        {
            var children = types.Where(("is_child", true), ("financial_year", year)).ToList();
            PrintedCell.Matches(advocacy.Rows[0][advocacy.Column(year)], children.Sum(c => Convert.ToInt64(c["complaints"], CultureInfo.InvariantCulture)), $"children {year}");
            PrintedCell.Matches(advocacy.Rows[1][advocacy.Column(year)], children.Sum(c => Convert.ToInt64(c["with_advocate"], CultureInfo.InvariantCulture)), $"advocate {year}");
        }

        var view = Rows("mart.annual_enquiry_responses");
        var enquiries = demo.Document.Table("Table 11a:");
        Assert.Equal(["MP enquiries", "Councillor enquiries", "Other enquiries"], enquiries.Rows.Select(r => r[0]));
        foreach (var row in enquiries.Rows)
        {
            var figure = view.One(("type_name", row[0]), ("financial_year", Period));
            PrintedCell.Matches(row[1], figure["received"], $"{row[0]} received");
            PrintedCell.Matches(row[2], figure["answered"], $"{row[0]} answered");
            PrintedCell.Matches(row[3], figure["within_20_days_pct"], $"{row[0]} within 20");
            PrintedCell.Matches(row[4], figure["previous_average_working_days"], $"{row[0]} average {Previous}");
            PrintedCell.Matches(row[5], figure["average_working_days"], $"{row[0]} average");
            PrintedCell.DirectionMatches(row[6], figure["direction"], false, $"{row[0]} direction");
        }
    }

    [Fact]
    public void Learning_lists_every_upheld_stage_with_learning_and_only_its_redacted_text()
    {
        var view = Rows("mart.annual_learning").Where(("financial_year", Period)).ToList();
        var printed = new List<(string Team, string Stage, string Themes, string Learning)>();
        foreach (var table in demo.Document.Tables.Where(t => t.Caption.StartsWith("Table 13.", StringComparison.Ordinal)))
        {
            var team = string.Empty;
            foreach (var row in table.Rows)
            {
                if (IsGroupHeading(row))
                {
                    team = row[0];
                    continue;
                }

                printed.Add((team, row[0], row[1], row[2]));
            }
        }

        Assert.Equal(view.Count, printed.Count);
        var expected = view.Select(r => ((string)r["reporting_team"]!, $"{r["stage_label"]}, {((string)r["outcome_name"]!).ToLowerInvariant()}",
            (string?)r["themes"] ?? "-", ((string)r["learning"]!).ReplaceLineEndings("\n"))).Order().ToList();
        Assert.Equal(expected, printed.Order().ToList());
        Assert.All(printed, p => Assert.DoesNotContain("@", p.Learning, StringComparison.Ordinal));
    }

    private static bool IsGroupHeading(IReadOnlyList<string> row) => row.Skip(1).All(string.IsNullOrEmpty);

    private ViewRows Rows(string view) => new(demo.Warehouse.Connection, view, Council);
}
