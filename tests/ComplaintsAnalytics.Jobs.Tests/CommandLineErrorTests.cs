namespace ComplaintsAnalytics.Jobs.Tests;

public sealed class CommandLineErrorTests
{
    [Fact]
    public void A_file_missing_a_required_column_gets_one_plain_line_and_exit_code_1()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("cases.csv");
        File.WriteAllText(file, "case_reference,record_type\nC-1,complaint\n");

        var result = ComplaintsCli.Run(folder.Path, "import", "cases", file, "--warehouse", folder.Combine("w.duckdb"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cases.csv: required column(s) missing: 'procedure', 'stage', 'received_date', 'responded_date', 'service_area', 'outcome', 'la_code'.", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_inbox_folder_is_reported_plainly()
    {
        using var folder = new TemporaryFolder();

        var result = ComplaintsCli.Run(folder.Path, "refresh", "--inbox", folder.Combine("nowhere"), "--warehouse", folder.Combine("w.duckdb"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"The inbox folder {folder.Combine("nowhere")} does not exist.", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sql_verb_prints_csv_on_stdout()
    {
        using var folder = new TemporaryFolder();

        var result = ComplaintsCli.Run(folder.Path, "sql", "SELECT count(*) AS authorities FROM dw.dim_authority WHERE valid_to IS NULL AND NOT is_fictional", "--format", "csv", "--warehouse", folder.Combine("w.duckdb"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("authorities\n153\n", result.StandardOutput.ReplaceLineEndings("\n"));
    }
}
