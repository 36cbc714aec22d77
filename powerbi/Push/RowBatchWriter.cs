using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// Writes one POST rows body (<c>{"rows":[{..},..]}</c>) straight into a reused buffer, converting each
/// value to its column's Power BI type and cutting strings at 4,000 characters.
/// </summary>
internal sealed class RowBatchWriter : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Bodies go to an API, not into HTML: leave non-ASCII text (names, accents) unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly PushTableDefinition _table;
    private readonly JsonEncodedText[] _names;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private readonly Utf8JsonWriter _json;
    private long _rowNumber;

    public RowBatchWriter(PushTableDefinition table)
    {
        _table = table;
        _names = table.Columns.Select(c => JsonEncodedText.Encode(c.Name, WriterOptions.Encoder)).ToArray();
        _json = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    /// <summary>Rows in the current batch.</summary>
    public int Count { get; private set; }

    /// <summary>String values cut to 4,000 characters so far, over all batches.</summary>
    public int TruncatedValues { get; private set; }

    /// <summary>Adds a row whose values are in the table's column order.</summary>
    public void Add(object?[] values)
    {
        if (Count == 0)
        {
            _json.WriteStartObject();
            _json.WriteStartArray("rows");
        }

        _rowNumber++;
        _json.WriteStartObject();
        for (var i = 0; i < _names.Length; i++)
        {
            _json.WritePropertyName(_names[i]);
            WriteValue(_table.Columns[i], values[i]);
        }

        _json.WriteEndObject();
        Count++;
    }

    /// <summary>Closes the body and gives its bytes; they stay valid until <see cref="Reset"/>.</summary>
    public ReadOnlyMemory<byte> Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return _buffer.WrittenMemory;
    }

    /// <summary>Starts the next batch in the same buffer.</summary>
    public void Reset()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        Count = 0;
    }

    public void Dispose() => _json.Dispose();

    private void WriteValue(PushColumn column, object? value)
    {
        if (value is null or DBNull)
        {
            _json.WriteNullValue();
            return;
        }

        try
        {
            switch (column.DataType)
            {
                case PushDataType.Int64:
                    _json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case PushDataType.Double:
                    WriteDouble(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                    break;
                case PushDataType.Boolean:
                    _json.WriteBooleanValue(Convert.ToBoolean(value, CultureInfo.InvariantCulture));
                    break;
                case PushDataType.DateTime:
                    WriteDateTime(value);
                    break;
                default:
                    WriteString(value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                    break;
            }
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
        {
            // The value itself stays out of the message: it may be case text.
            throw new InvalidOperationException(
                $"Row {_rowNumber} of push table '{_table.Name}': column '{column.Name}' holds a {value.GetType().Name} that is not a {column.DataType}.",
                exception);
        }
    }

    private void WriteDouble(double value)
    {
        if (double.IsFinite(value))
        {
            _json.WriteNumberValue(value);
        }
        else
        {
            _json.WriteNullValue();
        }
    }

    private void WriteDateTime(object value)
    {
        switch (value)
        {
            case DateTime dateTime:
                _json.WriteStringValue(dateTime);
                break;
            case DateTimeOffset offset:
                _json.WriteStringValue(offset);
                break;
            case DateOnly date:
                _json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case string text:
                WriteString(text);
                break;
            default:
                _json.WriteStringValue(Convert.ToDateTime(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private void WriteString(string text)
    {
        if (text.Length <= PushLimits.MaxStringLength)
        {
            _json.WriteStringValue(text);
            return;
        }

        // Cut before a lone high surrogate rather than send half a character.
        var length = char.IsHighSurrogate(text[PushLimits.MaxStringLength - 1]) ? PushLimits.MaxStringLength - 1 : PushLimits.MaxStringLength;
        _json.WriteStringValue(text.AsSpan(0, length));
        TruncatedValues++;
    }
}
