using ComplaintsAnalytics.Etl.Spreadsheets;
using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Jobs.Tests.Themes;

public sealed class ThemeVerbTests
{
    [Fact]
    public void Classify_keeps_every_input_column_and_adds_themes_and_scores_with_the_shipped_model()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("classified.csv");

        var result = ComplaintsCli.Run(folder.Path, "classify", "--input", Fixture("complaints-to-classify.csv"), "--text-column", "Details", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(folder.Combine("data", "warehouse.duckdb")), "classify should not need a warehouse");
        using var csv = CsvDataReader.Create(output);
        Assert.Equal(["Ref", "Received", "Details", "Notes", "themes", "theme_scores"], Enumerable.Range(0, csv.FieldCount).Select(csv.GetName));
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        Assert.Equal(["NB-1", "NB-2", "NB-3", "NB-4"], rows.Select(r => r[0]));
        Assert.Equal("note, with a comma", rows[0][3]);
        Assert.Equal("said \"urgent\"", rows[2][3]);
        Assert.StartsWith("Mrs Okafor rang 07700 900123", rows[2][2], StringComparison.Ordinal);
        Assert.Contains("conduct", rows[0][4].Split(';'));
        Assert.Contains("finance", rows[1][4].Split(';'));
        Assert.Contains("communication", rows[2][4].Split(';'));
        Assert.Contains("decision", rows[3][4].Split(';'));
        Assert.All(rows, r => Assert.Equal(9, r[5].Split(';').Length));
        Assert.All(rows, r => Assert.Matches(@"^delay:[01]\.\d{3};communication:", r[5]));
    }

    [Fact]
    public void Classify_names_a_missing_text_column_plainly()
    {
        using var folder = new TemporaryFolder();

        var result = ComplaintsCli.Run(folder.Path, "classify", "--input", Fixture("complaints-to-classify.csv"), "--text-column", "Summary", "--output", folder.Combine("out.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has no column 'Summary' (columns: Ref, Received, Details, Notes)", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_refresh_gives_every_complaint_stage_themes_and_reviews_round_trip_into_the_bridge()
    {
        using var folder = new TemporaryFolder();
        var warehouse = folder.Combine("warehouse.duckdb");
        var refresh = ComplaintsCli.Run(RepositoryRoot(), "refresh", "--demo", "--warehouse", warehouse);
        Assert.True(refresh.ExitCode == 0, refresh.StandardError);

        var bySource = WarehouseQuery.List<(string Source, long Stages)>(warehouse,
            "SELECT source, count(DISTINCT complaint_stage_key) FROM dw.bridge_complaint_theme GROUP BY 1 ORDER BY 1");
        Assert.Equal([("coded", 1406L), ("predicted", 84L)], bySource);
        Assert.Equal(0, WarehouseQuery.Scalar<long>(warehouse,
            "SELECT count(*) FROM dw.fact_complaint_stage AS f WHERE NOT EXISTS (SELECT 1 FROM dw.bridge_complaint_theme AS b WHERE b.complaint_stage_key = f.complaint_stage_key)"));

        var exported = folder.Combine("review.xlsx");
        var export = ComplaintsCli.Run(folder.Path, "review", "export", "--out", exported, "--count", "5", "--warehouse", warehouse);
        Assert.Equal(0, export.ExitCode);
        var corrected = folder.Combine("corrected.xlsx");
        var reviewed = Correct(exported, corrected, "records;conduct");
        var import = ComplaintsCli.Run(folder.Path, "review", "import", corrected, "--warehouse", warehouse);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(5, reviewed);
        Assert.Equal(10, WarehouseQuery.Scalar<long>(warehouse, "SELECT count(*) FROM dw.bridge_complaint_theme WHERE source = 'reviewed'"));
        Assert.Equal(79, WarehouseQuery.Scalar<long>(warehouse, "SELECT count(DISTINCT complaint_stage_key) FROM dw.bridge_complaint_theme WHERE source = 'predicted'"));
        var again = ComplaintsCli.Run(RepositoryRoot(), "refresh", "--demo", "--warehouse", warehouse);
        Assert.Contains("every complaint stage is up to date", again.StandardError, StringComparison.Ordinal);
        Assert.Equal(10, WarehouseQuery.Scalar<long>(warehouse, "SELECT count(*) FROM dw.bridge_complaint_theme WHERE source = 'reviewed'"));
    }

    /// <summary>Copies the exported review sheet, filling reviewed_themes on every row, as an analyst would.</summary>
    private static int Correct(string exported, string corrected, string themes)
    {
        using var reader = TabularReaderFactory.Open(exported);
        var headers = reader.Headers.ToList();
        var column = headers.IndexOf("reviewed_themes");
        using var writer = XlsxTableWriter.Create(corrected, "Review");
        writer.WriteHeader(headers);
        var rows = 0;
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, headers.Count).Select(reader.GetValue).ToArray();
            cells[column] = themes;
            writer.WriteRow(cells);
            rows++;
        }

        return rows;
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "themes", name);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplaintsAnalytics.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ComplaintsAnalytics.sln) was not found above the test folder.");
    }
}
