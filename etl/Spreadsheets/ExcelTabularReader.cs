using ExcelDataReader;

namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>Streams one worksheet of an xlsx or xls file through ExcelDataReader, row by row.</summary>
internal sealed class ExcelTabularReader : ITabularReader
{
    private readonly FileStream _stream;
    private readonly IExcelDataReader _reader;
    private long _rowNumber;

    private ExcelTabularReader(FileStream stream, IExcelDataReader reader, IReadOnlyList<string> headers, long headerRowNumber)
    {
        _stream = stream;
        _reader = reader;
        Headers = headers;
        _rowNumber = headerRowNumber;
    }

    public IReadOnlyList<string> Headers { get; }

    public long RowNumber => _rowNumber;

    public static ExcelTabularReader Open(string path, string? sheetName, int headerRow)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        IExcelDataReader? reader = null;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
            SelectSheet(reader, sheetName, Path.GetFileName(path));
            long row = 0;
            while (row < headerRow)
            {
                if (!reader.Read())
                {
                    throw new FileRefusedException($"{Path.GetFileName(path)}: the sheet '{reader.Name}' is empty: no header row was found.");
                }

                row++;
            }

            var headers = new string[reader.FieldCount];
            for (var i = 0; i < headers.Length; i++)
            {
                headers[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
            }

            var result = new ExcelTabularReader(stream, reader, TrimTrailingEmpty(headers), row);
            reader = null;
            return result;
        }
        finally
        {
            if (reader is not null)
            {
                reader.Dispose();
                stream.Dispose();
            }
        }
    }

    public bool Read()
    {
        while (_reader.Read())
        {
            _rowNumber++;
            if (!IsBlankRow())
            {
                return true;
            }
        }

        return false;
    }

    public object? GetValue(int ordinal)
    {
        if (ordinal >= _reader.FieldCount)
        {
            return null;
        }

        var value = _reader.GetValue(ordinal);
        return value switch
        {
            null or DBNull => null,
            string s when s.Length == 0 => null,
            int i => (double)i,
            _ => value,
        };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    private bool IsBlankRow()
    {
        var count = Math.Min(_reader.FieldCount, Headers.Count);
        for (var i = 0; i < count; i++)
        {
            var value = _reader.GetValue(i);
            if (value is not null and not DBNull && !(value is string s && string.IsNullOrWhiteSpace(s)))
            {
                return false;
            }
        }

        return true;
    }

    private static void SelectSheet(IExcelDataReader reader, string? sheetName, string fileName)
    {
        if (sheetName is null)
        {
            return;
        }

        var seen = new List<string>();
        do
        {
            if (string.Equals(reader.Name, sheetName, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            seen.Add(reader.Name);
        }
        while (reader.NextResult());

        throw new FileRefusedException(
            $"{fileName}: there is no worksheet called '{sheetName}'. The workbook has: {string.Join(", ", seen.Select(s => $"'{s}'"))}.");
    }

    private static string[] TrimTrailingEmpty(string[] headers)
    {
        var length = headers.Length;
        while (length > 0 && headers[length - 1].Length == 0)
        {
            length--;
        }

        return headers[..length];
    }
}
