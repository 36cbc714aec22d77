using System.Runtime.ExceptionServices;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// The next file of a batch, hashed, opened, parsed and conformed on background threads while the previous file merges
/// (<see cref="CaseImport.ReadAhead(DuckDB.NET.Data.DuckDBConnection, CaseImportRequest)"/>), so that the managed work on one file overlaps DuckDB's work on the one before.
/// Nothing touches the warehouse here: <see cref="CaseImport.Import(DuckDB.NET.Data.DuckDBConnection, PrefetchedExport, IProgress{long}?, CancellationToken)"/>
/// then skips, refuses, stages and merges it exactly as a file read there and then, and a file that fails to open or to
/// read fails at the same point of its run. Memory is bounded: at most <see cref="ConformedAhead"/> rows wait.
/// </summary>
public sealed class PrefetchedExport : IDisposable
{
    /// <summary>Rows conformed ahead (about 1 KB each for a typical export): most councils' yearly files fit whole.</summary>
    public const int ConformedAhead = 16_384;

    private readonly Task _opening;
    private string? _hash;
    private ExceptionDispatchInfo? _hashError;
    private ITabularReader? _reader;
    private ExceptionDispatchInfo? _openError;
    private ConformedRows? _rows;

    internal PrefetchedExport(CaseImportRequest request, CaseRowConformer conformer, DateOnly asOf, int conformedAhead)
    {
        Request = request;
        AsOf = asOf;
        _opening = Task.Factory.StartNew(() => Open(conformer, conformedAhead), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The file and profile being read ahead.</summary>
    public CaseImportRequest Request { get; }

    /// <summary>The date the rows' clocks were read at.</summary>
    internal DateOnly AsOf { get; }

    /// <summary>The file's content hash; throws what hashing the file there and then would have thrown.</summary>
    internal string Hash()
    {
        _opening.Wait();
        _hashError?.Throw();
        return _hash!;
    }

    /// <summary>
    /// Hands over the open reader and the rows already being conformed from it (null when the file's columns do not fit
    /// its profile: the import then finds that out itself); throws what opening the file would have thrown.
    /// </summary>
    internal (ITabularReader Reader, ConformedRows? Rows) Open()
    {
        _opening.Wait();
        _openError?.Throw();
        var opened = (_reader!, _rows);
        _reader = null;
        _rows = null;
        return opened;
    }

    /// <summary>Stops the background threads and closes the file; a second call does nothing more.</summary>
    public void Dispose()
    {
        _opening.Wait();
        _rows?.Dispose();
        _rows = null;
        _reader?.Dispose();
        _reader = null;
    }

    private void Open(CaseRowConformer conformer, int conformedAhead)
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
            var columns = ColumnMap.Build(_reader.Headers, Request.Profile, Path.GetFileName(Request.FilePath));
            _rows = ConformedRows.Start(_reader, columns, conformer, conformedAhead, CancellationToken.None);
        }
        catch (FileRefusedException)
        {
            // The import builds the column map again inside its run and fails the run with this same refusal.
        }
    }
}
