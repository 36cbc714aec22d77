using System.Globalization;
using ComplaintsAnalytics.Jobs.Cli;
using DuckDB.NET.Data;

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

    [Fact]
    public void A_query_failing_after_its_first_rows_says_the_csv_is_incomplete()
    {
        using var folder = new TemporaryFolder();

        // The cast fails on the 300,001st row, after DuckDB has streamed the first chunks out. One thread: with more, the
        // failing thread can interrupt the query before its error reaches the reader (the next test covers that case).
        var result = ComplaintsCli.Run(
            folder.Path, "sql", "SET threads = 1; SELECT i, CASE WHEN i = 300000 THEN CAST('x' AS INTEGER) ELSE i END AS v FROM range(400000) AS t(i)",
            "--format", "csv", "--warehouse", folder.Combine("w.duckdb"));

        Assert.Equal(1, result.ExitCode);
        var written = result.StandardOutput.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.InRange(written, 1, 299_999);
        Assert.Contains($"The query failed after {written:N0} row(s) were written, so the CSV is incomplete: Conversion Error: Could not convert string 'x' to INT32", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_running_out_of_memory_says_why_the_warehouse_is_capped_and_how_to_export_a_whole_mart()
    {
        using var folder = new TemporaryFolder();

        // A 40,000,000-element list needs 320 MB in one piece, over the 192 MB cap, and a list cannot spill to disk.
        var result = ComplaintsCli.Run(
            folder.Path, "sql", "SELECT len(list(i)) FROM range(40000000) AS t(i)", "--warehouse", folder.Combine("w.duckdb"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The query failed: Out of Memory Error", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("The warehouse caps DuckDB at 192 MB so that nightly loads keep to their memory bar.", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("SET threads = 1; COPY (SELECT * FROM mart.complaint_theme) TO 'themes.parquet' (ROW_GROUP_SIZE 30000)", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_interrupted_after_its_first_rows_says_the_csv_is_incomplete_and_how_to_see_the_error()
    {
        // DuckDB interrupts a streamed query when one of its threads fails, and the reader then throws
        // OperationCanceledException with no message; cancelling the command after 5,000 rows does the same every time.
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = new DuckDBCommand("SELECT i FROM range(1000000) AS t(i)", connection) { UseStreamingMode = true };
        using var reader = command.ExecuteReader();
        using var output = new CancellingWriter(afterLines: 5_001, command.Cancel);

        var failure = Assert.Throws<UserInputException>(() => QueryOutput.WriteCsv(reader, output));

        // The reader hands over the rest of the chunk it holds (2,048 rows each) before it finds the query stopped.
        Assert.Equal(
            "The query failed after 6,144 row(s) were written, so the CSV is incomplete: DuckDB stopped the query when one of its threads " +
            "failed, without saying why. Run it again with \"SET threads = 1;\" in front of it to see the error.",
            failure.Message);
        Assert.Equal(6_145, output.Lines);
    }

    /// <summary>Counts the lines written and runs <paramref name="cancel"/> once <paramref name="afterLines"/> are.</summary>
    private sealed class CancellingWriter(int afterLines, Action cancel) : StringWriter(CultureInfo.InvariantCulture)
    {
        public int Lines { get; private set; }

        public override void WriteLine(string? value)
        {
            Lines++;
            if (Lines == afterLines)
            {
                cancel();
            }
        }
    }
}
