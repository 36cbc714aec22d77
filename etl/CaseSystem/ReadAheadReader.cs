using System.Runtime.ExceptionServices;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// Gives the rows <see cref="PrefetchedExport"/> parsed ahead, then (when the buffer filled before the end) the rest of
/// the file from the reader that parsed them; a read error met ahead is thrown where that row would have been read.
/// </summary>
internal sealed class ReadAheadReader : ITabularReader
{
    private readonly ITabularReader _inner;
    private readonly List<(long Row, object?[] Values)> _rows;
    private readonly bool _more;
    private readonly ExceptionDispatchInfo? _error;
    private int _index = -1;
    private bool _live;

    public ReadAheadReader(ITabularReader inner, List<(long Row, object?[] Values)> rows, bool more, ExceptionDispatchInfo? error)
    {
        _inner = inner;
        _rows = rows;
        _more = more;
        _error = error;
    }

    public IReadOnlyList<string> Headers => _inner.Headers;

    public long RowNumber => _live ? _inner.RowNumber : _rows[_index].Row;

    public bool Read()
    {
        if (!_live)
        {
            if (_index + 1 < _rows.Count)
            {
                _index++;
                return true;
            }

            _error?.Throw();
            if (!_more)
            {
                return false;
            }

            _live = true;
        }

        return _inner.Read();
    }

    public object? GetValue(int ordinal)
    {
        if (_live)
        {
            return _inner.GetValue(ordinal);
        }

        var values = _rows[_index].Values;
        return ordinal < values.Length ? values[ordinal] : null;
    }

    public void Dispose() => _inner.Dispose();
}
