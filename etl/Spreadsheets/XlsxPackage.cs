using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;

namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>
/// The parts of an xlsx package a sheet is read with: which part holds the chosen sheet, the shared strings, which cell
/// formats show dates, and the workbook's date system. Relationship targets are followed as the package declares them.
/// </summary>
internal sealed partial class XlsxPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly string _sheetPath;

    private XlsxPackage(ZipArchive zip, string sheetName, string sheetPath, IReadOnlyList<string> sharedStrings, IReadOnlyList<bool> dateStyles, bool date1904, XmlNames names)
    {
        _zip = zip;
        SheetName = sheetName;
        _sheetPath = sheetPath;
        SharedStrings = sharedStrings;
        DateStyles = dateStyles;
        Date1904 = date1904;
        Names = names;
    }

    /// <summary>The chosen sheet's name as the workbook spells it.</summary>
    public string SheetName { get; }

    /// <summary>The shared strings, Excel's escapes already undone.</summary>
    public IReadOnlyList<string> SharedStrings { get; }

    /// <summary>For each cell format (<c>cellXfs</c>), whether its number format shows a date or time.</summary>
    public IReadOnlyList<bool> DateStyles { get; }

    /// <summary>True when the workbook counts dates from 1904 (old Mac workbooks).</summary>
    public bool Date1904 { get; }

    /// <summary>The element names readers of this package compare, atomised in one name table.</summary>
    public XmlNames Names { get; }

    /// <summary>
    /// Opens <paramref name="path"/> and finds <paramref name="sheetName"/> (default the first sheet). Throws
    /// <see cref="FileRefusedException"/> for a zip bomb (<see cref="ZipBombGuard"/>) or a missing sheet, and the zip or
    /// XML exception for a damaged package.
    /// </summary>
    public static XlsxPackage Open(string path, string? sheetName)
    {
        var zip = ZipFile.OpenRead(path);
        try
        {
            ZipBombGuard.Check(zip, Path.GetFileName(path));
            var names = new XmlNames();
            var workbookPath = Relationships(zip, "_rels/.rels").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
                ?? "xl/workbook.xml";
            var workbookParts = Relationships(zip, RelsPathOf(workbookPath));
            string? PartOfType(string suffix) => workbookParts.FirstOrDefault(r => r.Type.EndsWith(suffix, StringComparison.Ordinal)).Target;
            var (sheets, date1904) = ReadWorkbook(zip, workbookPath, names);
            if (sheets.Count == 0)
            {
                throw new InvalidDataException("the workbook lists no worksheets");
            }

            var chosen = sheetName is null ? sheets[0] : sheets.Find(s => string.Equals(s.Name, sheetName, StringComparison.OrdinalIgnoreCase));
            if (chosen.Name is null)
            {
                throw new FileRefusedException(
                    $"{Path.GetFileName(path)}: there is no worksheet called '{sheetName}'. The workbook has: {string.Join(", ", sheets.Select(s => $"'{s.Name}'"))}.");
            }

            var sheetPath = workbookParts.FirstOrDefault(r => r.Id == chosen.RelationshipId).Target
                ?? throw new InvalidDataException($"the worksheet '{chosen.Name}' has no part in the package");
            var sharedStrings = ReadSharedStrings(zip, PartOfType("/sharedStrings"), names);
            var dateStyles = ReadDateStyles(zip, PartOfType("/styles"), names);
            return new XlsxPackage(zip, chosen.Name, sheetPath, sharedStrings, dateStyles, date1904, names);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>A forward-only reader over the chosen sheet's XML.</summary>
    public XmlReader OpenSheet()
    {
        var entry = _zip.GetEntry(_sheetPath) ?? throw new InvalidDataException($"the part {_sheetPath} is missing");
        return XmlReader.Create(entry.Open(), Settings(Names.Table));
    }

    public void Dispose() => _zip.Dispose();

    private static XmlReaderSettings Settings(XmlNameTable names) => new()
    {
        NameTable = names,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        DtdProcessing = DtdProcessing.Prohibit,
        CloseInput = true,
    };

    /// <summary>The text of an element such as <c>v</c> or <c>t</c>, leaving the reader on its end tag (or the empty element).</summary>
    public static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var text = string.Empty;
        var moved = reader.Read();
        while (moved)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    text = text.Length == 0 ? reader.Value : text + reader.Value;
                    break;
                case XmlNodeType.EndElement:
                    return text;
                case XmlNodeType.Element:
                    reader.Skip();
                    moved = !reader.EOF;
                    continue;
            }

            moved = reader.Read();
        }

        return text;
    }

    /// <summary>
    /// A shared or inline string item: its <c>t</c> text, or its rich-text runs' (<c>r</c>) texts joined; phonetic runs
    /// (<c>rPh</c>) and formatting are left out. Leaves the reader on the item's end tag.
    /// </summary>
    public static string ReadStringItem(XmlReader reader, XmlNames names)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        string? single = null;
        System.Text.StringBuilder? joined = null;
        var moved = reader.Read();
        while (moved)
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                string? text = null;
                if (ReferenceEquals(reader.LocalName, names.Text))
                {
                    text = ReadText(reader);
                }
                else if (ReferenceEquals(reader.LocalName, names.Run))
                {
                    text = ReadStringItem(reader, names);
                }
                else
                {
                    reader.Skip();
                    moved = !reader.EOF;
                    continue;
                }

                if (single is null && joined is null)
                {
                    single = text;
                }
                else
                {
                    joined ??= new System.Text.StringBuilder(single);
                    joined.Append(text);
                }
            }

            moved = reader.Read();
        }

        return joined?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>Excel's escapes for characters XML cannot hold, such as <c>_x000D_</c> for a carriage return.</summary>
    public static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal) ? ExcelEscape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()) : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex ExcelEscape();

    private static XmlReader? OpenPart(ZipArchive zip, string? path, XmlNames names)
    {
        var entry = path is null ? null : zip.GetEntry(path);
        return entry is null ? null : XmlReader.Create(entry.Open(), Settings(names.Table));
    }

    /// <summary>The relationships a rels part declares, each target as a package path (none when the part is missing).</summary>
    private static List<(string Id, string Type, string? Target)> Relationships(ZipArchive zip, string relsPath)
    {
        var relationships = new List<(string Id, string Type, string? Target)>();
        var entry = zip.GetEntry(relsPath);
        if (entry is null)
        {
            return relationships;
        }

        using var reader = XmlReader.Create(entry.Open(), Settings(new NameTable()));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Target") is { } target)
            {
                relationships.Add((reader.GetAttribute("Id") ?? string.Empty, reader.GetAttribute("Type") ?? string.Empty, Resolve(relsPath, target)));
            }
        }

        return relationships;
    }

    /// <summary>A relationship target as a package path: absolute (<c>/xl/...</c>) or relative to the part that owns the rels.</summary>
    private static string Resolve(string relsPath, string target)
    {
        if (target.StartsWith('/'))
        {
            return target[1..];
        }

        // xl/_rels/workbook.xml.rels -> xl/ ; _rels/.rels -> (root)
        var owner = relsPath[..relsPath.LastIndexOf("_rels/", StringComparison.Ordinal)];
        var parts = new List<string>(owner.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static string RelsPathOf(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        return slash < 0 ? $"_rels/{partPath}.rels" : $"{partPath[..slash]}/_rels/{partPath[(slash + 1)..]}.rels";
    }

    private static (List<(string Name, string RelationshipId)> Sheets, bool Date1904) ReadWorkbook(ZipArchive zip, string workbookPath, XmlNames names)
    {
        using var reader = OpenPart(zip, workbookPath, names) ?? throw new InvalidDataException("the package has no workbook part");
        var sheets = new List<(string, string)>();
        var date1904 = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "workbookPr")
            {
                var value = reader.GetAttribute("date1904");
                date1904 = value is "1" or "true";
            }
            else if (reader.LocalName == "sheet")
            {
                var name = reader.GetAttribute("name") ?? string.Empty;
                var id = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                    ?? reader.GetAttribute("id", "http://purl.oclc.org/ooxml/officeDocument/relationships")
                    ?? string.Empty;
                sheets.Add((name, id));
            }
        }

        return (sheets, date1904);
    }

    private static List<string> ReadSharedStrings(ZipArchive zip, string? path, XmlNames names)
    {
        var strings = new List<string>();
        using var reader = OpenPart(zip, path ?? "xl/sharedStrings.xml", names);
        if (reader is null)
        {
            return strings;
        }

        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, names.StringItem))
            {
                strings.Add(Unescape(ReadStringItem(reader, names)));
            }
        }

        return strings;
    }

    /// <summary>For each cell format (<c>cellXfs</c>), whether its number format shows a date or time.</summary>
    private static List<bool> ReadDateStyles(ZipArchive zip, string? path, XmlNames names)
    {
        var formats = new Dictionary<int, string>();
        var styles = new List<bool>();
        using var reader = OpenPart(zip, path ?? "xl/styles.xml", names);
        if (reader is null)
        {
            return styles;
        }

        var inCellFormats = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    formats[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case "cellXfs":
                    inCellFormats = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    var formatId = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    styles.Add(formats.TryGetValue(formatId, out var code) ? NumberFormat.ShowsDate(code) : NumberFormat.IsBuiltInDate(formatId));
                    break;
            }
        }

        return styles;
    }

    /// <summary>The element names the readers compare, atomised once so that they compare references.</summary>
    public sealed class XmlNames
    {
        public XmlNames()
        {
            SheetData = Table.Add("sheetData");
            Row = Table.Add("row");
            Cell = Table.Add("c");
            Value = Table.Add("v");
            InlineString = Table.Add("is");
            Text = Table.Add("t");
            Run = Table.Add("r");
            StringItem = Table.Add("si");
        }

        public NameTable Table { get; } = new();

        public string SheetData { get; }

        public string Row { get; }

        public string Cell { get; }

        public string Value { get; }

        public string InlineString { get; }

        public string Text { get; }

        public string Run { get; }

        public string StringItem { get; }
    }
}
