using System.Runtime.ExceptionServices;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// The next file of a batch, hashed, opened and its first <see cref="BufferedRows"/> rows parsed on a background
/// thread while the previous file merges, so that ExcelDataReader's parsing of one file overlaps DuckDB's work on the
/// one before. Nothing touches the warehouse here: <see cref="CaseImport.Import(DuckDB.NET.Data.DuckDBConnection, PrefetchedExport, IProgress{long}?, CancellationToken)"/>
/// then skips, refuses, conforms, stages and merges it exactly as a file read there and then, and a file that fails to
/// open or to read fails at the same point of its run. Memory is bounded: rows past the buffer stream as usual.
/// </summary>
public sealed class PrefetchedExport : IDisposable
{
    /// <summary>Rows parsed ahead (about 1 KB each for a typical export).</summary>
    public const int BufferedRows = 20_000;

    private readonly Task _work;
    private readonly List<(long Row, object?[] Values)> _rows = [];
    private string? _hash;
    private ExceptionDispatchInfo? _hashError;
    private ITabularReader? _reader;
    private ExceptionDispatchInfo? _openError;
    private ExceptionDispatchInfo? _readError;
    private bool _more;

    private readonly int _bufferedRows;

    private PrefetchedExport(CaseImportRequest request, int bufferedRows)
    {
        Request = request;
        _bufferedRows = bufferedRows;
        _work = Task.Run(Fill);
    }

    /// <summary>The file and profile being read ahead.</summary>
    public CaseImportRequest Request { get; }

    /// <summary>Starts reading <paramref name="request"/>'s file ahead on a background thread.</summary>
    public static PrefetchedExport Start(CaseImportRequest request) => new(request, BufferedRows);

    /// <summary>As <see cref="Start(CaseImportRequest)"/> with a smaller buffer (tests cross from buffered to streamed rows).</summary>
    internal static PrefetchedExport Start(CaseImportRequest request, int bufferedRows) => new(request, bufferedRows);

    /// <summary>The file's content hash; throws what hashing the file there and then would have thrown.</summary>
    internal string Hash()
    {
        _work.Wait();
        _hashError?.Throw();
        return _hash!;
    }

    /// <summary>A reader that gives the buffered rows, then the rest of the file; throws what opening it would have thrown.</summary>
    internal ITabularReader Open()
    {
        _work.Wait();
        _openError?.Throw();
        var reader = new ReadAheadReader(_reader!, _rows, _more, _readError);
        _reader = null;
        return reader;
    }

    public void Dispose()
    {
        try
        {
            _work.Wait();
        }
        catch (AggregateException)
        {
            // Fill records its failures itself; nothing else can escape it.
        }

        _reader?.Dispose();
        _reader = null;
    }

    private void Fill()
    {
        try
        {
            _hash = CaseImport.HashFile(Request.FilePath);
        }
        catch (Exception ex)
        {
            _hashError = ExceptionDispatchInfo.Capture(ex);
            return;
        }

        try
        {
            _reader = TabularReaderFactory.Open(Request.FilePath, Request.Profile.Sheet, Request.Profile.HeaderRow);
        }
        catch (Exception ex)
        {
            _openError = ExceptionDispatchInfo.Capture(ex);
            return;
        }

        try
        {
            var width = _reader.Headers.Count;
            while (_rows.Count < _bufferedRows)
            {
                if (!_reader.Read())
                {
                    return;
                }

                var values = new object?[width];
                for (var i = 0; i < width; i++)
                {
                    values[i] = _reader.GetValue(i);
                }

                _rows.Add((_reader.RowNumber, values));
            }

            _more = true;
        }
        catch (Exception ex)
        {
            // Raised when the import reaches this row, as a streaming read would.
            _readError = ExceptionDispatchInfo.Capture(ex);
        }
    }
}
