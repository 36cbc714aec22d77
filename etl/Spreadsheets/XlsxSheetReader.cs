using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;

namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>
/// Streams one worksheet of an xlsx or xlsm workbook in a single pass, row by row, giving the values ExcelDataReader
/// gives. ExcelDataReader 3.6 parses a whole sheet once when it opens it, only to count its rows and columns, and then
/// again as it is read: for a case export that first pass was about a third of an import's processor time.
/// </summary>
internal sealed partial class XlsxSheetReader : ITabularReader
{
    /// <summary>Excel's last column, XFD: cells said to lie beyond it are ignored.</summary>
    private const int MaxColumns = 16_384;

    private readonly ZipArchive _zip;
    private readonly XmlReader _sheet;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly IReadOnlyList<bool> _dateStyles;
    private readonly bool _date1904;
    private readonly XmlNames _names;
    private object?[] _values = new object?[32];
    private int _width;
    private long _rowNumber;
    private bool _pending;
    private bool _ended;

    private XlsxSheetReader(ZipArchive zip, XmlReader sheet, XmlNames names, IReadOnlyList<string> sharedStrings, IReadOnlyList<bool> dateStyles, bool date1904)
    {
        _zip = zip;
        _sheet = sheet;
        _names = names;
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
        _date1904 = date1904;
    }

    public IReadOnlyList<string> Headers { get; private set; } = [];

    public long RowNumber => _rowNumber;

    /// <summary>
    /// Opens <paramref name="sheetName"/> (default the first sheet) and reads its header from row <paramref name="headerRow"/>.
    /// Throws <see cref="FileRefusedException"/> for a missing sheet or header, and the zip or XML exception otherwise.
    /// </summary>
    public static XlsxSheetReader Open(string path, string? sheetName, int headerRow)
    {
        var fileName = Path.GetFileName(path);
        var zip = ZipFile.OpenRead(path);
        XmlReader? sheet = null;
        try
        {
            var names = new XmlNames();
            var workbookPath = Target(zip, "_rels/.rels", "/officeDocument", null) ?? "xl/workbook.xml";
            var workbookRels = RelsPathOf(workbookPath);
            var (sheets, date1904) = ReadWorkbook(zip, workbookPath, names);
            if (sheets.Count == 0)
            {
                throw new InvalidDataException("the workbook lists no worksheets");
            }

            var chosen = sheetName is null ? sheets[0] : sheets.Find(s => string.Equals(s.Name, sheetName, StringComparison.OrdinalIgnoreCase));
            if (chosen.Name is null)
            {
                throw new FileRefusedException(
                    $"{fileName}: there is no worksheet called '{sheetName}'. The workbook has: {string.Join(", ", sheets.Select(s => $"'{s.Name}'"))}.");
            }

            var sheetPath = Target(zip, workbookRels, null, chosen.RelationshipId)
                ?? throw new InvalidDataException($"the worksheet '{chosen.Name}' has no part in the package");
            var sharedStrings = ReadSharedStrings(zip, Target(zip, workbookRels, "/sharedStrings", null), names);
            var dateStyles = ReadDateStyles(zip, Target(zip, workbookRels, "/styles", null), names);

            var entry = zip.GetEntry(sheetPath) ?? throw new InvalidDataException($"the part {sheetPath} is missing");
            sheet = XmlReader.Create(entry.Open(), Settings(names.Table, closeInput: true));
            var reader = new XlsxSheetReader(zip, sheet, names, sharedStrings, dateStyles, date1904);
            reader.MoveToSheetData();
            reader.ReadHeader(headerRow, chosen.Name, fileName);
            sheet = null;
            return reader;
        }
        catch
        {
            sheet?.Dispose();
            zip.Dispose();
            throw;
        }
    }

    public bool Read()
    {
        while (_pending || NextRow())
        {
            _pending = false;
            if (!IsBlankRow())
            {
                return true;
            }
        }

        return false;
    }

    public object? GetValue(int ordinal) => ordinal < _width ? _values[ordinal] : null;

    public void Dispose()
    {
        _sheet.Dispose();
        _zip.Dispose();
    }

    private static XmlReaderSettings Settings(XmlNameTable names, bool closeInput) => new()
    {
        NameTable = names,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        DtdProcessing = DtdProcessing.Prohibit,
        CloseInput = closeInput,
    };

    private void ReadHeader(int headerRow, string sheetName, string fileName)
    {
        // Rows are numbered as Excel shows them; a header row the sheet leaves out is an empty header.
        while (NextRow())
        {
            if (_rowNumber == headerRow)
            {
                Headers = HeaderTexts();
                return;
            }

            if (_rowNumber > headerRow)
            {
                _pending = true;
                return;
            }
        }

        throw new FileRefusedException($"{fileName}: the sheet '{sheetName}' is empty: no header row was found.");
    }

    private string[] HeaderTexts()
    {
        var headers = new string[_width];
        for (var i = 0; i < _width; i++)
        {
            headers[i] = System.Convert.ToString(_values[i], CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
        }

        var length = headers.Length;
        while (length > 0 && headers[length - 1].Length == 0)
        {
            length--;
        }

        return headers[..length];
    }

    private bool IsBlankRow()
    {
        var count = Math.Min(_width, Headers.Count);
        for (var i = 0; i < count; i++)
        {
            if (_values[i] is not null and not string || (_values[i] is string s && !string.IsNullOrWhiteSpace(s)))
            {
                return false;
            }
        }

        return true;
    }

    private void MoveToSheetData()
    {
        while (_sheet.Read())
        {
            if (_sheet.NodeType == XmlNodeType.Element && ReferenceEquals(_sheet.LocalName, _names.SheetData))
            {
                if (_sheet.IsEmptyElement)
                {
                    _ended = true;
                }

                return;
            }
        }

        _ended = true;
    }

    /// <summary>Reads the next <c>row</c> element of the sheet data into the values; false at the end.</summary>
    private bool NextRow()
    {
        if (_ended)
        {
            return false;
        }

        // Each loop works on the node the reader is on: Skip() already moves past what it skips.
        var moved = _sheet.Read();
        while (moved)
        {
            if (_sheet.NodeType == XmlNodeType.EndElement && ReferenceEquals(_sheet.LocalName, _names.SheetData))
            {
                break;
            }

            if (_sheet.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(_sheet.LocalName, _names.Row))
                {
                    _rowNumber = long.TryParse(_sheet.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : _rowNumber + 1;
                    Array.Clear(_values, 0, _width);
                    _width = 0;
                    if (!_sheet.IsEmptyElement)
                    {
                        ReadCells();
                    }

                    return true;
                }

                _sheet.Skip();
                moved = !_sheet.EOF;
                continue;
            }

            moved = _sheet.Read();
        }

        _ended = true;
        return false;
    }

    /// <summary>Reads a row's cells, from its start tag to its end tag.</summary>
    private void ReadCells()
    {
        var next = 0;
        var moved = _sheet.Read();
        while (moved)
        {
            if (_sheet.NodeType == XmlNodeType.EndElement)
            {
                return;
            }

            if (_sheet.NodeType == XmlNodeType.Element)
            {
                if (!ReferenceEquals(_sheet.LocalName, _names.Cell))
                {
                    _sheet.Skip();
                    moved = !_sheet.EOF;
                    continue;
                }

                var column = ColumnIndex(_sheet.GetAttribute("r")) ?? next;
                next = column + 1;
                var type = _sheet.GetAttribute("t");
                var style = _sheet.GetAttribute("s");
                var value = _sheet.IsEmptyElement ? null : ReadCellValue(type, style);
                if (column < MaxColumns && value is not null)
                {
                    Set(column, value);
                }
            }

            moved = _sheet.Read();
        }
    }

    private void Set(int column, object value)
    {
        if (column >= _values.Length)
        {
            Array.Resize(ref _values, Math.Min(MaxColumns, Math.Max(column + 1, _values.Length * 2)));
        }

        _values[column] = value;
        _width = Math.Max(_width, column + 1);
    }

    /// <summary>Reads a cell element's content, leaving the reader on its end tag.</summary>
    private object? ReadCellValue(string? type, string? style)
    {
        string? raw = null;
        var inline = false;
        var moved = _sheet.Read();
        while (moved)
        {
            if (_sheet.NodeType == XmlNodeType.EndElement)
            {
                break;
            }

            if (_sheet.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(_sheet.LocalName, _names.Value))
                {
                    raw = ReadText(_sheet);
                }
                else if (ReferenceEquals(_sheet.LocalName, _names.InlineString))
                {
                    raw = ReadStringItem(_sheet, _names);
                    inline = true;
                }
                else
                {
                    // A formula (f) and anything else: the cached value in v is what counts.
                    _sheet.Skip();
                    moved = !_sheet.EOF;
                    continue;
                }
            }

            moved = _sheet.Read();
        }

        return string.IsNullOrEmpty(raw) ? null : ValueOf(raw, inline ? "inlineStr" : type, style);
    }

    /// <summary>The value as ExcelDataReader converts it: text, a number, a date (by the cell's number format) or a boolean.</summary>
    private object? ValueOf(string raw, string? type, string? style)
    {
        switch (type)
        {
            case "e":
                // An error such as #N/A is an empty cell, as ExcelDataReader gives it.
                return null;
            case "s":
                return int.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _sharedStrings.Count
                    ? _sharedStrings[index]
                    : raw;
            case "inlineStr":
            case "str":
                return Unescape(raw);
            case "b":
                return raw == "1";
            case "d":
                return DateTime.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out var date)
                    ? date
                    : raw;
            default:
                if (!double.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var number))
                {
                    return raw;
                }

                if (style is not null && int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var xf)
                    && xf < _dateStyles.Count && _dateStyles[xf])
                {
                    var serial = _date1904 ? number + 1462 : number;
                    if (serial is >= -657435.0 and < 2958466.0)
                    {
                        return DateTime.FromOADate(serial);
                    }
                }

                return number;
        }
    }

    /// <summary>The column of a reference such as <c>AB12</c>, 0-based; null when there is none.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumns)
            {
                return MaxColumns;
            }
        }

        return i == 0 ? null : column - 1;
    }

    /// <summary>The text of an element such as <c>v</c> or <c>t</c>, leaving the reader on its end tag (or the empty element).</summary>
    private static string ReadText(XmlReader reader)
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
    private static string ReadStringItem(XmlReader reader, XmlNames names)
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
    private static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal) ? ExcelEscape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()) : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex ExcelEscape();

    private static XmlReader? OpenPart(ZipArchive zip, string? path, XmlNames names)
    {
        var entry = path is null ? null : zip.GetEntry(path);
        return entry is null ? null : XmlReader.Create(entry.Open(), Settings(names.Table, closeInput: true));
    }

    /// <summary>
    /// The package path a relationship part points to: the first relationship whose type ends with <paramref name="typeSuffix"/>,
    /// or the one with id <paramref name="id"/>.
    /// </summary>
    private static string? Target(ZipArchive zip, string relsPath, string? typeSuffix, string? id)
    {
        var entry = zip.GetEntry(relsPath);
        if (entry is null)
        {
            return null;
        }

        using var reader = XmlReader.Create(entry.Open(), Settings(new NameTable(), closeInput: true));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
            {
                continue;
            }

            var matches = id is not null
                ? reader.GetAttribute("Id") == id
                : reader.GetAttribute("Type")?.EndsWith(typeSuffix!, StringComparison.Ordinal) == true;
            if (matches && reader.GetAttribute("Target") is { } target)
            {
                return Resolve(relsPath, target);
            }
        }

        return null;
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

    /// <summary>The element names the sheet loop compares, atomised once so that it compares references.</summary>
    private sealed class XmlNames
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
