using System.Text;
using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>Streams a CSV file through Sylvan.Data.Csv. UTF-8 (with or without BOM) or Windows-1252.</summary>
internal sealed class CsvTabularReader : ITabularReader
{
    private const int MaxCellLength = 1 << 20;
    private readonly CsvDataReader _reader;
    private readonly TextReader _text;
    private long _rowNumber;

    private CsvTabularReader(TextReader text, CsvDataReader reader, IReadOnlyList<string> headers, long headerRow)
    {
        _text = text;
        _reader = reader;
        Headers = headers;
        _rowNumber = headerRow;
    }

    public IReadOnlyList<string> Headers { get; }

    public long RowNumber => _rowNumber;

    public static CsvTabularReader Open(string path, int headerRow)
    {
        var encoding = DetectEncoding(path);
        var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        try
        {
            for (var skipped = 1; skipped < headerRow; skipped++)
            {
                text.ReadLine();
            }

            if (text.Peek() < 0)
            {
                throw new FileRefusedException($"{Path.GetFileName(path)}: the file is empty: no header row was found.");
            }

            var options = new CsvDataReaderOptions
            {
                HasHeaders = true,
                MaxBufferSize = MaxCellLength * 2,
                BufferSize = 1 << 16,
            };
            var reader = CsvDataReader.Create(text, options);
            if (reader.FieldCount == 0 || (reader.FieldCount == 1 && string.IsNullOrWhiteSpace(reader.GetName(0))))
            {
                throw new FileRefusedException($"{Path.GetFileName(path)}: the file is empty: no header row was found.");
            }

            var headers = new string[reader.FieldCount];
            for (var i = 0; i < headers.Length; i++)
            {
                headers[i] = reader.GetName(i).Trim();
            }

            return new CsvTabularReader(text, reader, headers, headerRow);
        }
        catch
        {
            text.Dispose();
            throw;
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
        if (ordinal >= _reader.RowFieldCount)
        {
            return null;
        }

        var value = _reader.GetString(ordinal);
        return value.Length == 0 ? null : value;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }

    private bool IsBlankRow()
    {
        for (var i = 0; i < _reader.RowFieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(_reader.GetString(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Councils' CSVs come as UTF-8 or as Excel's Windows-1252. A file whose first megabyte is not valid
    /// UTF-8 is read as Windows-1252 so that pound signs and smart quotes survive.
    /// </summary>
    private static Encoding DetectEncoding(string path)
    {
        var buffer = new byte[1 << 20];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        // A multi-byte character may be cut at the buffer's end; drop up to 3 trailing bytes before checking.
        var length = read;
        if (read == buffer.Length)
        {
            while (length > read - 4 && (buffer[length - 1] & 0xC0) == 0x80)
            {
                length--;
            }

            length = Math.Max(0, length - 1);
        }

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            strict.GetCharCount(buffer, 0, length);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252);
        }
    }
}
