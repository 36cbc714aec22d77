using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// A file's rows parsed (the xlsx, xls or CSV reader) on one background thread and conformed and hashed on
/// another, from the moment they start: the import stages them as they come. Started early (<see cref="PrefetchedExport"/>),
/// the next file of a batch is parsed and conformed while DuckDB merges the one before.
/// </summary>
internal sealed class ConformedRows : IDisposable
{
    /// <summary>Rows waiting between the parsing and the conforming thread.</summary>
    internal const int ParsedQueue = 1_024;

    /// <summary>Rows conformed ahead of the import when a file is read at once (a million-row file stays under its memory bar).</summary>
    internal const int ConformedQueue = 1_024;

    private readonly SecondThread<RawCaseRow> _parsed;
    private readonly SecondThread<Row> _conformed;
    private readonly List<CaseReject> _rejects = [];

    private ConformedRows(ITabularReader reader, ColumnMap columns, CaseRowConformer conformer, int conformedQueue, CancellationToken cancellationToken)
    {
        _parsed = SecondThread<RawCaseRow>.Start(() => Parse(reader, columns), ParsedQueue, cancellationToken);
        _conformed = SecondThread<Row>.Start(() => Conform(_parsed.Items(), conformer, _rejects), conformedQueue, cancellationToken);
    }

    /// <summary>Starts parsing and conforming <paramref name="reader"/>'s rows now, up to <paramref name="conformedQueue"/> rows ahead.</summary>
    public static ConformedRows Start(ITabularReader reader, ColumnMap columns, CaseRowConformer conformer, int conformedQueue, CancellationToken cancellationToken) =>
        new(reader, columns, conformer, conformedQueue, cancellationToken);

    /// <summary>The rows in file order; a parse error is thrown where its row would have been read.</summary>
    public IEnumerable<Row> Items() => _conformed.Items();

    /// <summary>The rejects found while conforming; complete once <see cref="Items"/> has been read to the end.</summary>
    public List<CaseReject> Rejects => _rejects;

    /// <summary>Stops both threads and waits for them.</summary>
    public void Dispose()
    {
        _conformed.Dispose();
        _parsed.Dispose();
    }

    /// <summary>The rows of the file as the column map takes them.</summary>
    private static IEnumerable<RawCaseRow> Parse(ITabularReader reader, ColumnMap columns)
    {
        while (reader.Read())
        {
            yield return columns.Take(reader);
        }
    }

    /// <summary>Conforms and hashes each row; a row that cannot be conformed comes out with its rejects added.</summary>
    private static IEnumerable<Row> Conform(IEnumerable<RawCaseRow> rows, CaseRowConformer conformer, List<CaseReject> rejects)
    {
        foreach (var raw in rows)
        {
            var before = rejects.Count;
            var conformed = conformer.Conform(raw, rejects);
            if (conformed is null && rejects.Count == before)
            {
                rejects.Add(new CaseReject(raw.RowNumber, null, null, null, "the row could not be conformed"));
            }

            yield return new Row(raw.RowNumber, conformed, conformed is null ? null : RowHash.Of(conformed));
        }
    }

    /// <summary>A row as the conforming thread hands it on: conformed with its content hash, or null when it was rejected.</summary>
    internal readonly record struct Row(long RowNumber, ConformedCase? Conformed, string? Hash);
}
