using ComplaintsAnalytics.Reports.Tests.Support;

namespace ComplaintsAnalytics.Reports.Tests;

/// <summary><c>complaints report annual</c> as a complaints manager runs it after a refresh.</summary>
public sealed class ReportVerbTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();
    private readonly string _file;

    public ReportVerbTests()
    {
        _warehouse.LoadDemo();
        _file = Path.Combine(_warehouse.Folder, "warehouse.duckdb");

        // The executable opens the file itself; DuckDB lets one process write it at a time.
        _warehouse.Connection.Close();
    }

    [Fact]
    public void With_only_an_output_file_the_verb_writes_the_latest_years_report_and_prints_its_path()
    {
        var (exit, output, errors) = ComplaintsCli.Run(_warehouse.Folder, "report", "annual", "--out", "report.docx", "--warehouse", _file);

        Assert.True(exit == 0, errors);
        Assert.Equal(Path.Combine(_warehouse.Folder, "report.docx"), output.Trim());
        Assert.True(new FileInfo(output.Trim()).Length > 100_000);
        Assert.Contains("Annual report 2024/25 for Northbrook Council (invented demo) (999), years 2022/23, 2023/24, 2024/25: 15 sections, 21 tables, 5 charts", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_options_at_all_the_report_is_named_after_the_council_and_year()
    {
        var (exit, output, errors) = ComplaintsCli.Run(_warehouse.Folder, "report", "annual", "--period", "2023/24", "--warehouse", _file);

        Assert.True(exit == 0, errors);
        Assert.Equal(Path.Combine(_warehouse.Folder, "annual-report-999-2023-24.docx"), output.Trim());
        Assert.True(File.Exists(output.Trim()));
    }

    [Fact]
    public void An_internal_draft_is_written_as_HTML_and_says_it_is_unsuppressed()
    {
        var (exit, output, errors) = ComplaintsCli.Run(_warehouse.Folder, "report", "annual", "--out", "draft.html", "--unsuppressed", "--warehouse", _file);

        Assert.True(exit == 0, errors);
        Assert.Contains("Small numbers are NOT suppressed", errors, StringComparison.Ordinal);
        Assert.Contains("INTERNAL DRAFT: small numbers are not suppressed. Do not publish.", File.ReadAllText(output.Trim()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_not_held_or_an_unknown_format_is_one_plain_line_and_exit_code_1()
    {
        var year = ComplaintsCli.Run(_warehouse.Folder, "report", "annual", "--period", "2019/20", "--warehouse", _file);
        var format = ComplaintsCli.Run(_warehouse.Folder, "report", "annual", "--out", "report.pdf", "--warehouse", _file);

        Assert.Equal(1, year.ExitCode);
        Assert.Equal("--period 2019/20: the warehouse holds no case records for 999 in that year. It holds 2022/23, 2023/24, 2024/25.", year.Errors.Trim());
        Assert.Equal(1, format.ExitCode);
        Assert.StartsWith("--out", format.Errors.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", year.Errors + format.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => _warehouse.Dispose();
}
