using System.Runtime.ExceptionServices;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Jobs.Refresh;

/// <summary>
/// The nightly refresh body: every export waiting in the inbox is matched to a mapping profile by its
/// columns, imported in its own transaction, then moved to <c>processed/</c> or <c>failed/</c>.
/// </summary>
internal sealed partial class InboxRefresh
{
    private static readonly string[] Extensions = [".xlsx", ".xls", ".xlsm", ".csv"];
    private readonly CaseImport _import;
    private readonly ILogger<InboxRefresh> _logger;
    private readonly TimeProvider _clock;

    public InboxRefresh(CaseImport import, ILogger<InboxRefresh> logger, TimeProvider clock)
    {
        _import = import;
        _logger = logger;
        _clock = clock;
    }

    /// <summary>The files the refresh would pick up, oldest name first.</summary>
    public static IReadOnlyList<string> WaitingFiles(string inbox) =>
        Directory.Exists(inbox)
            ? Directory.EnumerateFiles(inbox)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>Loads the profiles in <paramref name="profilesPath"/> (if it exists), plus the canonical layout.</summary>
    public static IReadOnlyList<MappingProfile> LoadProfiles(string profilesPath) =>
        [.. (Directory.Exists(profilesPath)
            ? Directory.EnumerateFiles(profilesPath, "*.json").Order(StringComparer.Ordinal).Select(MappingProfile.Load)
            : []), MappingProfile.Canonical];

    public IReadOnlyList<ImportResult> Run(
        DuckDBConnection connection,
        string inbox,
        IReadOnlyList<MappingProfile> profiles,
        bool moveFiles,
        bool force,
        Action<string, long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var results = new List<ImportResult>();
        var files = WaitingFiles(inbox);

        // Each file is checked, matched and read ahead (parsed and conformed) while the one before it merges; whatever
        // that finds out about it is acted on only when its turn comes, as if it were read there and then.
        var next = files.Count > 0 ? Prepare(connection, files[0], profiles, moveFiles, force) : null;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var current = next!;
                next = null;
                cancellationToken.ThrowIfCancellationRequested();
                next = i + 1 < files.Count ? Prepare(connection, files[i + 1], profiles, moveFiles, force) : null;
                var name = Path.GetFileName(current.File);
                ImportResult result;

                // Closed before it moves: an open file cannot be moved on Windows.
                using (current)
                {
                    current.StillOpen?.Throw();
                    try
                    {
                        current.Refused?.Throw();
                        LogMatched(name, current.ReadAhead!.Request.Profile.Name);
                        result = _import.Import(connection, current.ReadAhead!, new Progress(name, progress), cancellationToken);
                    }
                    catch (FileRefusedException ex)
                    {
                        LogRefused(name);
                        result = new ImportResult(null, name, ImportStatus.Failed, 0, 0, 0, 0, 0, ex.Message, TimeSpan.Zero);
                    }
                }

                results.Add(result);
                if (moveFiles)
                {
                    InboxFolders.MoveAfterImport(current.File, result, _clock);
                }
            }
        }
        finally
        {
            next?.Dispose();
        }

        return results;
    }

    /// <summary>Checks, matches and starts reading <paramref name="file"/> ahead; what goes wrong is kept for its turn.</summary>
    private WaitingFile Prepare(DuckDBConnection connection, string file, IReadOnlyList<MappingProfile> profiles, bool moveFiles, bool force)
    {
        var name = Path.GetFileName(file);
        try
        {
            if (moveFiles)
            {
                // Only a live inbox receives copies in progress; shared read-only sources (the demo) are read by many at once.
                ThrowIfStillOpen(file, name);
            }
        }
        catch (IOException ex)
        {
            return new WaitingFile(file, ExceptionDispatchInfo.Capture(ex), null, null);
        }

        try
        {
            var profile = profiles.FirstOrDefault(p => CaseImport.Fits(file, p))
                ?? throw new FileRefusedException(
                    $"{name}: its columns match none of the mapping profiles ({string.Join(", ", profiles.Select(p => p.Name))}). " +
                    "Add a profile for this layout to the profiles folder.");
            return new WaitingFile(file, null, null, _import.ReadAhead(connection, new CaseImportRequest(file, profile, force)));
        }
        catch (FileRefusedException ex)
        {
            return new WaitingFile(file, null, ExceptionDispatchInfo.Capture(ex), null);
        }
    }

    /// <summary>
    /// A file another program still has open (a copy into the inbox in progress) is not refused: the IOException
    /// leaves it where it is, and a scheduled run retries it after a back-off.
    /// </summary>
    private static void ThrowIfStillOpen(string file, string name)
    {
        try
        {
            using var probe = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None);
        }
        catch (IOException ex) when (ex is not FileNotFoundException)
        {
            throw new IOException($"{name} is still open in another program (being copied or saved?); it stays in the inbox for the next attempt.", ex);
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "{File} matches the mapping profile {Profile}")]
    private partial void LogMatched(string file, string profile);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "{File} was refused; it goes to the failed folder")]
    private partial void LogRefused(string file);

    /// <summary>An inbox file made ready for its turn: still being copied, refused, or being read ahead.</summary>
    private sealed record WaitingFile(string File, ExceptionDispatchInfo? StillOpen, ExceptionDispatchInfo? Refused, PrefetchedExport? ReadAhead) : IDisposable
    {
        public void Dispose() => ReadAhead?.Dispose();
    }

    private sealed class Progress(string file, Action<string, long>? report) : IProgress<long>
    {
        public void Report(long value) => report?.Invoke(file, value);
    }
}
