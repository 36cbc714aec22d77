using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.DatabaseSources.Tests;

/// <summary>A few rows as an <see cref="ITabularReader"/>, for reading keys without a database.</summary>
public sealed class RowsInMemory(IReadOnlyList<string> headers, params object?[][] rows) : ITabularReader
{
    private int _index = -1;

    public IReadOnlyList<string> Headers => headers;

    public long RowNumber => _index + 1;

    public bool Read() => ++_index < rows.Length;

    public object? GetValue(int ordinal) => ordinal < rows[_index].Length ? rows[_index][ordinal] : null;

    public void Dispose()
    {
    }
}
