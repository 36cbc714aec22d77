namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>
/// A forward-only reader over the rows of one sheet or CSV file, one row in memory at a time.
/// Values are <see cref="string"/>, <see cref="double"/>, <see cref="DateTime"/>, <see cref="bool"/> or null.
/// </summary>
public interface ITabularReader : IDisposable
{
    /// <summary>The header row's cell texts, trimmed, in column order.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>The physical row number of the current row as a spreadsheet user sees it (header is row 1 by default).</summary>
    long RowNumber { get; }

    /// <summary>Moves to the next row that has any non-empty cell. Returns false at the end.</summary>
    bool Read();

    /// <summary>The value of the current row at <paramref name="ordinal"/>; null when empty or beyond the row.</summary>
    object? GetValue(int ordinal);
}
