using System.Globalization;
using System.Text.Json;

namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

public sealed class PowerBIProjectTests
{
    [Fact]
    public void The_pbip_opens_a_report_bound_by_path_to_the_semantic_model()
    {
        using var project = JsonDocument.Parse(File.ReadAllText(ShippedProject.ProjectFile));
        var reportPath = project.RootElement.GetProperty("artifacts")[0].GetProperty("report").GetProperty("path").GetString()!;
        var report = Path.Combine(ShippedProject.Root, reportPath);
        using var definition = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "definition.pbir")));
        var modelPath = definition.RootElement.GetProperty("datasetReference").GetProperty("byPath").GetProperty("path").GetString()!;

        Assert.Equal("1.0", project.RootElement.GetProperty("version").GetString());
        Assert.Equal("ComplaintsAnalytics.Report", reportPath);
        Assert.Equal(Path.GetFullPath(ShippedProject.SemanticModel), Path.GetFullPath(Path.Combine(report, modelPath)));
        Assert.True(File.Exists(Path.Combine(report, "definition", "pages", "overview", "page.json")));
    }

    [Fact]
    public void The_semantic_model_is_stored_as_tmdl()
    {
        using var properties = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedProject.SemanticModel, "definition.pbism")));

        // definition.pbism 4.0 and later is what lets Power BI Desktop read a definition/ folder of TMDL.
        Assert.True(decimal.Parse(properties.RootElement.GetProperty("version").GetString()!, CultureInfo.InvariantCulture) >= 4.0m);
        Assert.True(Directory.Exists(ShippedProject.Definition));
        Assert.False(File.Exists(Path.Combine(ShippedProject.SemanticModel, "model.bim")));
    }

    [Fact]
    public void Power_BI_Desktop_caches_are_kept_out_of_git_at_any_depth()
    {
        var patterns = File.ReadAllLines(ShippedProject.GitIgnore).Select(l => l.Trim());

        // A pattern with no slash but the trailing one matches a .pbi folder in any directory, which is
        // where Desktop writes cache.abf and localSettings.json beside each item folder.
        Assert.Contains(patterns, p => p is ".pbi/" or "**/.pbi/" or ".pbi");
    }
}
