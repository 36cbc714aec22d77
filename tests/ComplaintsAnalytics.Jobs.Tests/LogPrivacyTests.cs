using System.Text.RegularExpressions;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Jobs.Tests;

public sealed partial class LogPrivacyTests
{
    [Fact]
    public void A_demo_refresh_logged_in_full_detail_carries_no_complaint_text_names_or_contact_details()
    {
        using var folder = new TemporaryFolder();
        var repository = DemoRefreshTests.RepositoryRoot();
        var info = ComplaintsCli.StartInfo(repository, "refresh", "--demo", "--warehouse", folder.Combine("warehouse.duckdb"));
        info.Environment["COMPLAINTS_Logging__LogLevel__Default"] = "Trace";
        var result = ComplaintsCli.Run(info);

        var logs = result.StandardOutput + result.StandardError;
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotMatch(ContactDetails(), logs);
        foreach (var fragment in FreeTextFragments(Path.Combine(repository, "demo", "inbox", "northbrook-complaints-export.xlsx")))
        {
            Assert.DoesNotContain(fragment, logs, StringComparison.Ordinal);
        }
    }

    /// <summary>Every 24-character stretch that starts a Details or Learning/Actions cell of the demo export.</summary>
    private static HashSet<string> FreeTextFragments(string workbook)
    {
        var fragments = new HashSet<string>(StringComparer.Ordinal);
        using var reader = TabularReaderFactory.Open(workbook, "Cases");
        var columns = new[] { "Details", "Learning/Actions" }.Select(h => reader.Headers.ToList().IndexOf(h)).ToArray();
        while (reader.Read())
        {
            foreach (var column in columns)
            {
                if (reader.GetValue(column) is string { Length: >= 24 } text)
                {
                    fragments.Add(text[..24]);
                }
            }
        }

        Assert.True(fragments.Count > 1_000, "the demo export should have plenty of free text to look for");
        return fragments;
    }

    [GeneratedRegex(@"07700 ?900\d{3}|@example\.com|\bNB\d{1,2} ?\d[A-Z]{2}\b")]
    private static partial Regex ContactDetails();
}
