using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>Splits a T-SQL script into batches on lines that hold only <c>GO</c>, as sqlcmd and SSMS do.</summary>
public static partial class GoBatches
{
    public static IReadOnlyList<string> Split(string script) =>
        [.. GoLine().Split(script).Where(batch => !string.IsNullOrWhiteSpace(StripComments(batch)))];

    // A batch of comments only (a file header before the first GO) sends nothing to the server.
    private static string StripComments(string batch) => LineComment().Replace(batch, string.Empty);

    [GeneratedRegex(@"^[ \t]*GO[ \t]*(?:--[^\r\n]*)?\r?$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex GoLine();

    [GeneratedRegex(@"--[^\r\n]*")]
    private static partial Regex LineComment();
}
