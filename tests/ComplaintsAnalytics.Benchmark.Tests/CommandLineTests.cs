namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary>The verbs as a person runs them: the executable in a separate process, on a temporary warehouse.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaints-benchmark-cli", Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(_folder);

    private string Warehouse => Path.Combine(_folder, "w.duckdb");

    [Fact]
    public void Benchmark_csv_gives_Staffordshire_26_56_and_21_37_after_importing_the_sample()
    {
        var import = Run("import", "returns", Fixture.ReturnsSample);
        var csv = Run("benchmark", "--period", "2023/24", "--format", "csv");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, csv.ExitCode);
        var lines = csv.StandardOutput.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("la_code,la_name,region,period,rate,value,numerator,denominator,suppressed,flag,neighbour_median,region_median,england_median,rank,funnel_lower_95,funnel_upper_95,funnel_lower_998,funnel_upper_998,trend", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("860,Staffordshire,West Midlands,2023/24,statutory_stage1_per_1000_referrals,26.56,134,5045,false,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("860,Staffordshire,West Midlands,2023/24,send_complaints_per_100_ehc_plans,21.37,250,1170,false,", StringComparison.Ordinal));
    }

    [Fact]
    public void Small_counts_are_written_c_unless_unsuppressed_which_the_output_says()
    {
        Run("import", "returns", Fixture.Benchmark("returns", "returns-with-problems.csv"));
        var path = Path.Combine(_folder, "lgsco.csv");
        File.WriteAllLines(path, ["la_code,la_name,period,measure,value,source", "999,Northbrook,2023/24,lgsco_upheld,3,t", "999,Northbrook,2023/24,lgsco_detailed_investigations,4,t"]);
        Run("import", "returns", path);

        var hidden = Run("benchmark", "--period", "2023/24", "--authority", "999", "--rate", "lgsco_uphold_rate", "--format", "csv");
        var shown = Run("benchmark", "--period", "2023/24", "--authority", "999", "--rate", "lgsco_uphold_rate", "--format", "csv", "--unsuppressed");

        Assert.Contains("999,Northbrook Council (invented demo),East Midlands,2023/24,lgsco_uphold_rate,c,c,c,true,", hidden.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("lgsco_uphold_rate,75.00,3,4,true,unsuppressed: internal use only,", shown.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("UNSUPPRESSED", shown.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_is_a_png_with_the_council_highlighted()
    {
        Run("import", "cin", Fixture.C1, Fixture.Population);
        var chart = Path.Combine(_folder, "funnel.png");

        var result = Run("benchmark", "--period", "2023/24", "--authority", "860", "--rate", "referrals_per_10000_children", "--chart", chart, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var bytes = File.ReadAllBytes(chart);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.True(bytes.Length > 50_000, $"The PNG is only {bytes.Length} bytes.");
        Assert.Contains($"Funnel plot written to {chart}", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_input_gets_one_plain_line_and_exit_code_1()
    {
        var period = Run("benchmark", "--period", "2023-24");
        var chart = Run("benchmark", "--period", "2023/24", "--chart", Path.Combine(_folder, "f.png"));
        var layout = Run("import", "lgsco", Fixture.Benchmark("lgsco", "lgsco-no-recognisable-header-invented.xlsx"));

        Assert.Equal((1, "--period 2023-24 is not a financial year written like 2023/24."), (period.ExitCode, LastLine(period)));
        Assert.Equal((1, "--chart draws one rate in one year for one council: give --period, --rate and --authority too."), (chart.ExitCode, LastLine(chart)));
        Assert.Equal(1, layout.ExitCode);
        Assert.Contains("lgsco-no-recognisable-header-invented.xlsx: no sheet has a recognisable header.", layout.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", layout.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_refresh_loads_the_benchmark_data_and_a_second_run_changes_nothing()
    {
        var first = ComplaintsCli.Run(Fixture.RepositoryRoot, "refresh", "--demo", "--warehouse", Warehouse);
        var rates = Run("sql", "SELECT count(*) AS n, round(sum(value), 2) AS total FROM mart.benchmark_rates", "--format", "csv");
        var runs = Run("sql", "SELECT count(*) AS n FROM etl.run WHERE status = 'succeeded' AND kind IN ('cases', 'cin', 'returns', 'sen2', 'lgsco')", "--format", "csv");
        var second = ComplaintsCli.Run(Fixture.RepositoryRoot, "refresh", "--demo", "--warehouse", Warehouse);
        var after = Run("sql", "SELECT count(*) AS n, round(sum(value), 2) AS total FROM mart.benchmark_rates", "--format", "csv");
        var northbrook = Run("benchmark", "--period", "2023/24", "--authority", "999", "--rate", "statutory_stage1_per_1000_referrals", "--format", "csv");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(rates.StandardOutput, after.StandardOutput);
        Assert.Equal(runs.StandardOutput, Run("sql", "SELECT count(*) AS n FROM etl.run WHERE status = 'succeeded' AND kind IN ('cases', 'cin', 'returns', 'sen2', 'lgsco')", "--format", "csv").StandardOutput);
        Assert.Contains("999,Northbrook Council (invented demo),East Midlands,2023/24,statutory_stage1_per_1000_referrals,25.94,130,5012,false,", northbrook.StandardOutput, StringComparison.Ordinal);
    }

    // Logs (the first migration of a new warehouse) come before the message on stderr.
    private static string LastLine(CliResult result) => result.StandardError.Trim().ReplaceLineEndings("\n").Split('\n')[^1];

    private CliResult Run(params string[] args) => ComplaintsCli.Run(_folder, [.. args, "--warehouse", Warehouse]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
