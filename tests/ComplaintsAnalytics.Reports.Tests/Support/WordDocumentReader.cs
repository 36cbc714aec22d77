using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>Reads a .docx back with the Open XML SDK: paragraph texts, tables (caption and source from the table's alt text), chart alt texts.</summary>
public static class WordDocumentReader
{
    public static ReadDocument Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(Text).Where(t => t.Length > 0).ToList();
        var tables = body.Elements<Table>().Select(ReadOne).ToList();
        var alts = body.Descendants<DW.DocProperties>().Select(d => d.Description?.Value ?? string.Empty).ToList();
        return new ReadDocument(paragraphs, tables, alts);
    }

    private static ReadTable ReadOne(Table table)
    {
        var properties = table.GetFirstChild<TableProperties>();
        var description = properties?.GetFirstChild<TableDescription>()?.Val?.Value;
        var rows = table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(Text)]).ToList();
        const string prefix = "Figures from the warehouse view ";
        var view = description is not null && description.StartsWith(prefix, StringComparison.Ordinal) ? description[prefix.Length..].TrimEnd('.') : null;
        return new ReadTable(properties?.GetFirstChild<TableCaption>()?.Val?.Value ?? string.Empty, view, rows[0], rows.Skip(1).ToList());
    }

    // Line breaks inside a cell (recorded learning) read back as new lines.
    private static string Text(DocumentFormat.OpenXml.OpenXmlElement element) =>
        string.Join("\n", element.Descendants<Paragraph>().DefaultIfEmpty(element as Paragraph).OfType<Paragraph>()
            .Select(p => string.Concat(p.Descendants().Select(e => e switch
            {
                Text t => t.Text,
                Break => "\n",
                TabChar => "\t",
                _ => string.Empty,
            }))));
}
