using System.Data.Common;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// A query's result as an <see cref="ITabularReader"/>: rows stream straight from the data reader, one at
/// a time, into the same conform and load path as a file's. On the way it keeps the greatest watermark
/// value read and notes any case the warehouse holds as deleted coming back.
/// </summary>
internal sealed class SourceRows : ITabularReader
{
    private readonly DbDataReader _reader;
    private readonly int _watermarkOrdinal = -1;
    private readonly WatermarkType _watermarkType;
    private readonly MarkedCaseWatch? _watch;
    private readonly SourceKeyReader? _keys;

    /// <param name="reader">The query's open data reader; disposed with this.</param>
    /// <param name="sourceName">For messages.</param>
    /// <param name="watermark">The column to track, or null for a query that has none (the key comparison's).</param>
    /// <param name="profile">Maps the query's columns.</param>
    /// <param name="watch">Cases marked deleted, to notice coming back.</param>
    public SourceRows(DbDataReader reader, string sourceName, WatermarkOptions? watermark, MappingProfile profile, MarkedCaseWatch? watch)
    {
        _reader = reader;
        Headers = [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim())];
        if (watermark is not null)
        {
            _watermarkOrdinal = Headers.ToList().FindIndex(h => string.Equals(h, watermark.Column.Trim(), StringComparison.OrdinalIgnoreCase));
            if (_watermarkOrdinal < 0)
            {
                throw new DatabaseSourceException(
                    $"{sourceName}: the query returns no watermark column '{watermark.Column}'. It returns: {string.Join(", ", Headers.Select(h => $"'{h}'"))}.");
            }

            _watermarkType = watermark.Type;
        }

        if (watch is { IsEmpty: false })
        {
            _watch = watch;
            _keys = new SourceKeyReader(Headers, profile, sourceName);
        }
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>The row's position in the query's result, from 1 (what a reject's "row" means for a database source).</summary>
    public long RowNumber { get; private set; }

    /// <summary>The greatest watermark value among the rows read, or null before any row with one.</summary>
    public Watermark? Highest { get; private set; }

    public bool Read()
    {
        while (_reader.Read())
        {
            RowNumber++;
            if (IsEmptyRow())
            {
                continue;
            }

            if (_watermarkOrdinal >= 0)
            {
                Track(_reader.GetValue(_watermarkOrdinal));
            }

            if (_watch is not null && _watch.Watches(_keys!.CaseReference(this)) && _keys.Read(this) is { } key)
            {
                _watch.Saw(key);
            }

            return true;
        }

        return false;
    }

    public object? GetValue(int ordinal) =>
        ordinal < _reader.FieldCount ? SourceValues.ToCell(_reader.GetValue(ordinal)) : null;

    public void Dispose() => _reader.Dispose();

    private void Track(object value)
    {
        Watermark? mark;
        try
        {
            mark = Watermark.FromValue(_watermarkType, value);
        }
        catch (FormatException ex)
        {
            throw new DatabaseSourceException($"Row {RowNumber}: {ex.Message}", ex);
        }

        if (mark is { } read && (Highest is null || read.IsAfter(Highest.Value)))
        {
            Highest = read;
        }
    }

    private bool IsEmptyRow()
    {
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            if (!_reader.IsDBNull(i))
            {
                return false;
            }
        }

        return true;
    }
}
