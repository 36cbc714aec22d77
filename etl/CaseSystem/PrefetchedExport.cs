using System.Runtime.ExceptionServices;
using ComplaintsAnalytics.Etl.Spreadsheets;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// The next file of a batch, hashed, opened, parsed, conformed and staged on background threads while the previous file
/// merges (<see cref="CaseImport.ReadAhead(DuckDB.NET.Data.DuckDBConnection, CaseImportRequest)"/>), so that the work on
/// one file overlaps DuckDB's merge of the one before. Staging goes through a second connection to the same warehouse,
/// into an in-memory database (<see cref="StagedAhead"/>). Nothing touches the warehouse's tables here: <see cref="CaseImport.Import(DuckDB.NET.Data.DuckDBConnection, PrefetchedExport, IProgress{long}?, CancellationToken)"/>
/// then skips, refuses, stages and merges it exactly as a file read there and then, and a file that fails to open or to
/// read fails at the same point of its run. Memory is bounded: at most <see cref="ConformedAhead"/> rows wait, and staging
/// ahead stops at the limits of the import's in-memory staging.
/// </summary>
public sealed class PrefetchedExport : IDisposable
{
    /// <summary>Rows conformed ahead (about 1 KB each for a typical export): most councils' yearly files fit whole.</summary>
    public const int ConformedAhead = 16_384;

    private readonly Task _opening;

    // Set once the hash is known: an import checks it for a skip without waiting for the file to be staged.
    private readonly ManualResetEventSlim _hashed = new();
    private string? _hash;
    private ExceptionDispatchInfo? _hashError;
    private ITabularReader? _reader;
    private ExceptionDispatchInfo? _openError;
    private ConformedRows? _rows;
    private readonly DuckDBConnection _staging;
    private readonly CancellationTokenSource _stop = new();
    private StagedAhead? _staged;
    private bool _disposed;

    internal PrefetchedExport(CaseImportRequest request, CaseRowConformer conformer, DateOnly asOf, int conformedAhead, DuckDBConnection staging, int inMemoryRows)
    {
        Request = request;
        AsOf = asOf;
        _staging = staging;
        _opening = Task.Factory.StartNew(
            () => Open(conformer, conformedAhead, inMemoryRows), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The file and profile being read ahead.</summary>
    public CaseImportRequest Request { get; }

    /// <summary>The date the rows' clocks were read at.</summary>
    internal DateOnly AsOf { get; }

    /// <summary>The file's content hash; throws what hashing the file there and then would have thrown.</summary>
    internal string Hash(CancellationToken cancellationToken)
    {
        _hashed.Wait(cancellationToken);
        _hashError?.Throw();
        return _hash!;
    }

    /// <summary>
    /// Hands over the open reader, the rows conformed from it and the table they were staged in (both null when the file's
    /// columns do not fit its profile: the import then finds that out itself); throws what opening the file would have thrown.
    /// The import drops the table.
    /// </summary>
    internal (ITabularReader Reader, ConformedRows? Rows, StagedAhead? Staged) Open(CancellationToken cancellationToken)
    {
        _opening.Wait(cancellationToken);
        _openError?.Throw();
        var opened = (_reader!, _rows, _staged);
        _reader = null;
        _rows = null;
        _staged = null;
        return opened;
    }

    /// <summary>Stops the background threads, closes the file and drops what was staged but not handed over; a second call does nothing more.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // Stops a read-ahead that was never imported (skipped, or the batch stopped) without staging the rest of its file.
        _stop.Cancel();
        _opening.Wait();
        _rows?.Dispose();
        _rows = null;
        _reader?.Dispose();
        _reader = null;
        _staged?.Drop(_staging);
        _staged = null;
        _staging.Dispose();
        _stop.Dispose();
        _hashed.Dispose();
    }

    private void Open(CaseRowConformer conformer, int conformedAhead, int inMemoryRows)
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
        finally
        {
            _hashed.Set();
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
            _rows = ConformedRows.Start(_reader, columns, conformer, conformedAhead, _stop.Token);
        }
        catch (FileRefusedException)
        {
            // The import builds the column map again inside its run and fails the run with this same refusal.
            return;
        }

        _staged = StagedAhead.Stage(_staging, _rows, inMemoryRows);
    }
}
