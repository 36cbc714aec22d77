using System.Net;
using System.Text.RegularExpressions;

namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>
/// Reads the report's own HTML back (the writer's markup, not HTML at large): paragraph and heading texts,
/// tables with caption, source and cells, and images' alt texts.
/// </summary>
public static partial class HtmlDocumentReader
{
    public static ReadDocument Read(string path)
    {
        var html = File.ReadAllText(path);
        var main = html[html.IndexOf("<main>", StringComparison.Ordinal)..];
        var paragraphs = Block().Matches(main).Select(m => Decode(m.Groups["text"].Value)).Where(t => t.Length > 0).ToList();
        var tables = TableMarkup().Matches(html).Select(m =>
        {
            var rows = Row().Matches(m.Groups["body"].Value)
                .Select(r => (IReadOnlyList<string>)[.. Cell().Matches(r.Value).Select(c => Decode(c.Groups["text"].Value))])
                .ToList();
            return new ReadTable(Decode(m.Groups["caption"].Value), m.Groups["source"].Value, rows[0], rows.Skip(1).ToList());
        }).ToList();
        var alts = Alt().Matches(html).Select(m => Decode(m.Groups["alt"].Value)).ToList();
        return new ReadDocument(paragraphs, tables, alts);
    }

    private static string Decode(string text) => WebUtility.HtmlDecode(text.Replace("<br>", "\n", StringComparison.Ordinal));

    [GeneratedRegex("<(?:h2|h3|p|li)[^>]*>(?<text>.*?)</(?:h2|h3|p|li)>", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex("<table data-source=\"(?<source>[^\"]*)\">\\s*<caption>(?<caption>.*?)</caption>(?<body>.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex TableMarkup();

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<(?:th|td)[^>]*>(?<text>.*?)</(?:th|td)>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<img [^>]*alt=\"(?<alt>[^\"]*)\"")]
    private static partial Regex Alt();
}
