using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>
/// Writes one worksheet of an xlsx file row by row through the Open XML SDK's SAX
/// <see cref="OpenXmlWriter"/>. Nothing is buffered per row, so memory stays flat however many rows
/// are written. Strings are inline strings, numbers are numbers, and dates are real Excel dates
/// (a serial number with a date style), so Excel and ExcelDataReader see date cells.
/// </summary>
/// <remarks>
/// The package is assembled directly as a zip with fixed entry timestamps, so the same rows always
/// produce the same bytes. Call <see cref="WriteHeader(IReadOnlyList{string})"/> (optional, once) before the first
/// <see cref="WriteRow"/>; <see cref="Dispose"/> finishes the file. Not thread-safe. Excel opens at most
/// 1,048,576 rows per sheet; the writer does not stop you writing more (ExcelDataReader reads them).
/// </remarks>
public sealed class XlsxTableWriter : IDisposable
{
    /// <summary>The longest text Excel holds in one cell; longer strings are cut to this length.</summary>
    public const int MaxCellTextLength = 32767;

    private const uint DateStyle = 1;
    private const uint DateTimeStyle = 2;
    private const uint HeaderStyle = 3;
    private const string ContentTypesXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
        "</Types>";

    private const string PackageRelsXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
        "</Relationships>";

    private const string WorkbookRelsXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "</Relationships>";

    private static readonly DateTimeOffset EntryTimestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTime ExcelEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime FirstSerialDate = new(1900, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly ZipArchive _zip;
    private readonly Stream _sheetStream;
    private readonly OpenXmlWriter _writer;
    private readonly List<OpenXmlAttribute> _attributes = new(3);
    private readonly List<string> _columnNames = [];
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();
    private readonly bool _neutraliseFormulas;
    private long _rowNumber;
    private bool _sheetDataOpen;
    private bool _disposed;

    private XlsxTableWriter(Stream stream, bool ownsStream, string sheetName, bool neutraliseFormulas)
    {
        _neutraliseFormulas = neutraliseFormulas;
        _stream = stream;
        _ownsStream = ownsStream;
        _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteTextEntry("[Content_Types].xml", ContentTypesXml);
        WriteTextEntry("_rels/.rels", PackageRelsXml);
        WriteElementEntry("xl/workbook.xml", BuildWorkbook(sheetName));
        WriteTextEntry("xl/_rels/workbook.xml.rels", WorkbookRelsXml);
        WriteElementEntry("xl/styles.xml", BuildStylesheet());

        _sheetStream = OpenEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        _writer = OpenXmlWriter.Create(_sheetStream, Utf8NoBom);
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());
    }

    /// <summary>Number of rows written so far, the header row included.</summary>
    public long RowCount => _rowNumber;

    /// <summary>
    /// Creates (or overwrites) the xlsx file at <paramref name="path"/> with one worksheet called
    /// <paramref name="sheetName"/> (1 to 31 characters, none of <c>[ ] : * ? / \</c>). Text that Excel would
    /// read as a formula gets a leading apostrophe (<see cref="SpreadsheetText"/>) unless
    /// <paramref name="neutraliseFormulas"/> is false, which only tools imitating a case system's own export use.
    /// </summary>
    public static XlsxTableWriter Create(string path, string sheetName, bool neutraliseFormulas = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        CheckSheetName(sheetName);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        try
        {
            return new XlsxTableWriter(stream, ownsStream: true, sheetName, neutraliseFormulas);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes the xlsx package to <paramref name="stream"/> (which is left open when the writer is disposed).
    /// The stream only needs to be writable.
    /// </summary>
    public static XlsxTableWriter Create(Stream stream, string sheetName, bool neutraliseFormulas = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckSheetName(sheetName);
        return new XlsxTableWriter(stream, ownsStream: false, sheetName, neutraliseFormulas);
    }

    /// <summary>
    /// Writes the header row in bold, freezes it, and sizes the columns from the header texts.
    /// Call at most once, before any <see cref="WriteRow"/>.
    /// </summary>
    public void WriteHeader(IReadOnlyList<string> headers) => WriteHeader(headers, null);

    /// <summary>
    /// Writes the header row in bold and freezes it. <paramref name="columnWidths"/> gives each column's
    /// width in characters; columns without one (or all, when null) are sized from the header text.
    /// Call at most once, before any <see cref="WriteRow"/>.
    /// </summary>
    public void WriteHeader(IReadOnlyList<string> headers, IReadOnlyList<double>? columnWidths)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_sheetDataOpen)
        {
            throw new InvalidOperationException("The header must be written before any other row.");
        }

        WriteSheetViewAndColumns(headers, columnWidths);
        OpenSheetData();
        StartRow();
        for (var i = 0; i < headers.Count; i++)
        {
            WriteStringCell(i, headers[i], HeaderStyle);
        }

        _writer.WriteEndElement();
    }

    /// <summary>
    /// Writes one row. Each cell is a <see cref="string"/> (inline string), a number (<see cref="int"/>,
    /// <see cref="long"/>, <see cref="double"/>, <see cref="float"/>, <see cref="decimal"/>), a
    /// <see cref="bool"/>, a <see cref="DateTime"/> or <see cref="DateOnly"/> (an Excel date; a time of day
    /// adds a time format), or null / empty string (no cell). Other values are written as their invariant text.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN or infinite, or a date is before 1 March 1900.</exception>
    public void WriteRow(IReadOnlyList<object?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ObjectDisposedException.ThrowIf(_disposed, this);
        OpenSheetData();
        StartRow();
        for (var i = 0; i < cells.Count; i++)
        {
            WriteCell(i, cells[i]);
        }

        _writer.WriteEndElement();
    }

    /// <summary>Finishes the worksheet and the package. The file is complete only after this.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            OpenSheetData();
            _writer.WriteEndElement(); // sheetData
            _writer.WriteEndElement(); // worksheet
            _writer.Close();
        }
        finally
        {
            _writer.Dispose();
            _sheetStream.Dispose();
            _zip.Dispose();
            if (_ownsStream)
            {
                _stream.Dispose();
            }
        }
    }

    /// <summary>Removes characters XML 1.0 cannot hold (control characters, unpaired surrogates, U+FFFE/U+FFFF).</summary>
    public static string StripInvalidXmlChars(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstBad = FirstInvalidXmlChar(text);
        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsValidXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private void WriteCell(int column, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                WriteStringCell(column, _neutraliseFormulas ? SpreadsheetText.Neutralise(s) : s, 0);
                return;
            case DateTime dt:
                WriteDateCell(column, dt);
                return;
            case DateOnly d:
                WriteDateCell(column, d.ToDateTime(TimeOnly.MinValue));
                return;
            case double d:
                WriteNumberCell(column, FormatDouble(d));
                return;
            case float f:
                WriteNumberCell(column, float.IsFinite(f) ? f.ToString("R", CultureInfo.InvariantCulture) : FormatDouble(f));
                return;
            case int n:
                WriteNumberCell(column, n.ToString(CultureInfo.InvariantCulture));
                return;
            case long n:
                WriteNumberCell(column, n.ToString(CultureInfo.InvariantCulture));
                return;
            case decimal m:
                WriteNumberCell(column, m.ToString(CultureInfo.InvariantCulture));
                return;
            case bool b:
                WriteValueCell(column, b ? "1" : "0", "b", 0);
                return;
            default:
                WriteStringCell(column, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, 0);
                return;
        }
    }

    private void WriteStringCell(int column, string text, uint style)
    {
        if (text.Length == 0)
        {
            return;
        }

        text = StripInvalidXmlChars(text);
        if (text.Length > MaxCellTextLength)
        {
            text = text[..MaxCellTextLength];
        }

        StartCell(column, "inlineStr", style);
        _writer.WriteStartElement(_inline);
        _attributes.Clear();
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            _attributes.Add(new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve"));
        }

        _writer.WriteStartElement(_text, _attributes);
        _writer.WriteString(text);
        _writer.WriteEndElement(); // t
        _writer.WriteEndElement(); // is
        _writer.WriteEndElement(); // c
    }

    private void WriteDateCell(int column, DateTime value)
    {
        if (value < FirstSerialDate)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Dates before 1 March 1900 cannot be written as Excel dates.");
        }

        var serial = (value - ExcelEpoch).TotalDays;
        var style = value.TimeOfDay == TimeSpan.Zero ? DateStyle : DateTimeStyle;
        WriteValueCell(column, serial.ToString("R", CultureInfo.InvariantCulture), null, style);
    }

    private void WriteNumberCell(int column, string number) => WriteValueCell(column, number, null, 0);

    private void WriteValueCell(int column, string value, string? type, uint style)
    {
        StartCell(column, type, style);
        _writer.WriteStartElement(_value);
        _writer.WriteString(value);
        _writer.WriteEndElement(); // v
        _writer.WriteEndElement(); // c
    }

    private void StartCell(int column, string? type, uint style)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, string.Concat(ColumnName(column), _rowNumber.ToString(CultureInfo.InvariantCulture))));
        if (style != 0)
        {
            _attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            _attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        }

        _writer.WriteStartElement(_cell, _attributes);
    }

    private void StartRow()
    {
        _rowNumber++;
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, _rowNumber.ToString(CultureInfo.InvariantCulture)));
        _writer.WriteStartElement(_row, _attributes);
    }

    private void OpenSheetData()
    {
        if (!_sheetDataOpen)
        {
            _sheetDataOpen = true;
            _writer.WriteStartElement(new SheetData());
        }
    }

    private void WriteSheetViewAndColumns(IReadOnlyList<string> headers, IReadOnlyList<double>? widths)
    {
        var frozenPane = new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        _writer.WriteElement(new SheetViews(new SheetView(frozenPane) { WorkbookViewId = 0 }));
        if (headers.Count == 0)
        {
            return;
        }

        var columns = new Columns();
        for (var i = 0; i < headers.Count; i++)
        {
            var width = widths is not null && i < widths.Count && widths[i] > 0
                ? Math.Min(widths[i], 255)
                : Math.Clamp((headers[i]?.Length ?? 0) + 4, 10, 40);
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
        }

        _writer.WriteElement(columns);
    }

    private string ColumnName(int index)
    {
        while (_columnNames.Count <= index)
        {
            var n = _columnNames.Count + 1;
            var name = string.Empty;
            while (n > 0)
            {
                var remainder = (n - 1) % 26;
                name = (char)('A' + remainder) + name;
                n = (n - 1) / 26;
            }

            _columnNames.Add(name);
        }

        return _columnNames[index];
    }

    private Stream OpenEntry(string name, CompressionLevel level)
    {
        var entry = _zip.CreateEntry(name, level);
        entry.LastWriteTime = EntryTimestamp;
        return entry.Open();
    }

    private void WriteTextEntry(string name, string content)
    {
        using var entryStream = OpenEntry(name, CompressionLevel.Optimal);
        var bytes = Utf8NoBom.GetBytes(content);
        entryStream.Write(bytes, 0, bytes.Length);
    }

    private void WriteElementEntry(string name, OpenXmlElement root)
    {
        using var entryStream = OpenEntry(name, CompressionLevel.Optimal);
        using var writer = OpenXmlWriter.Create(entryStream, Utf8NoBom);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
        writer.Close();
    }

    private static Workbook BuildWorkbook(string sheetName) =>
        new(
            new BookViews(new WorkbookView()),
            new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = "rId1" }));

    private static Stylesheet BuildStylesheet()
    {
        static Font Calibri(bool bold)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
            return font;
        }

        static CellFormat Format(uint numberFormat, uint font) => new()
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = 0,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != 0 ? true : null,
        };

        return new Stylesheet(
            new Fonts(Calibri(bold: false), Calibri(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                Format(0, 0),
                Format(14, 0), // DateStyle: the locale's short date
                Format(22, 0), // DateTimeStyle: short date and time
                Format(0, 1)) // HeaderStyle: bold
            { Count = 4 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static string FormatDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "NaN and infinite numbers cannot be written to a cell.");
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static void CheckSheetName(string sheetName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        if (sheetName.Length > 31 || sheetName.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
        {
            throw new ArgumentException(
                $"'{sheetName}' is not a valid worksheet name: 1 to 31 characters, none of [ ] : * ? / \\.", nameof(sheetName));
        }
    }

    private static int FirstInvalidXmlChar(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsValidXmlChar(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static bool IsValidXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
