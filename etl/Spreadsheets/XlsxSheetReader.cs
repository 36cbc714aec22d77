using System.Globalization;
using System.Xml;

namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>
/// Streams one worksheet of an xlsx or xlsm workbook in a single pass, row by row, giving the values ExcelDataReader
/// gives. ExcelDataReader 3.6 parses a whole sheet once when it opens it, only to count its rows and columns, and then
/// again as it is read: it took 2 to 3 times as long as this reader to read the national simulation's files.
/// </summary>
internal sealed class XlsxSheetReader : ITabularReader
{
    /// <summary>Excel's last column, XFD: cells said to lie beyond it are ignored.</summary>
    private const int MaxColumns = 16_384;

    private readonly XlsxPackage _package;
    private readonly XmlReader _sheet;
    private readonly XlsxPackage.XmlNames _names;
    private object?[] _values = new object?[32];
    private int _width;
    private long _rowNumber;
    private bool _pending;
    private bool _ended;

    private XlsxSheetReader(XlsxPackage package, XmlReader sheet)
    {
        _package = package;
        _sheet = sheet;
        _names = package.Names;
    }

    public IReadOnlyList<string> Headers { get; private set; } = [];

    public long RowNumber => _rowNumber;

    /// <summary>
    /// Opens <paramref name="sheetName"/> (default the first sheet) and reads its header from row <paramref name="headerRow"/>.
    /// Throws <see cref="FileRefusedException"/> for a missing sheet or header, and the zip or XML exception otherwise.
    /// </summary>
    public static XlsxSheetReader Open(string path, string? sheetName, int headerRow)
    {
        var package = XlsxPackage.Open(path, sheetName);
        XlsxSheetReader? reader = null;
        try
        {
            reader = new XlsxSheetReader(package, package.OpenSheet());
            reader.MoveToSheetData();
            reader.ReadHeader(headerRow, package.SheetName, Path.GetFileName(path));
            return reader;
        }
        catch
        {
            if (reader is null)
            {
                package.Dispose();
            }
            else
            {
                reader.Dispose();
            }

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
        _package.Dispose();
    }

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
                    raw = XlsxPackage.ReadText(_sheet);
                }
                else if (ReferenceEquals(_sheet.LocalName, _names.InlineString))
                {
                    raw = XlsxPackage.ReadStringItem(_sheet, _names);
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
                return int.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _package.SharedStrings.Count
                    ? _package.SharedStrings[index]
                    : raw;
            case "inlineStr":
            case "str":
                return XlsxPackage.Unescape(raw);
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
                    && xf < _package.DateStyles.Count && _package.DateStyles[xf])
                {
                    var serial = _package.Date1904 ? number + 1462 : number;
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
}
