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
        foreach (var file in WaitingFiles(inbox))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            if (moveFiles)
            {
                // Only a live inbox receives copies in progress; shared read-only sources (the demo) are read by many at once.
                ThrowIfStillOpen(file, name);
            }

            ImportResult result;
            try
            {
                var profile = profiles.FirstOrDefault(p => CaseImport.Fits(file, p))
                    ?? throw new FileRefusedException(
                        $"{name}: its columns match none of the mapping profiles ({string.Join(", ", profiles.Select(p => p.Name))}). " +
                        "Add a profile for this layout to the profiles folder.");
                LogMatched(name, profile.Name);
                result = _import.Import(connection, new CaseImportRequest(file, profile, force), new Progress(name, progress), cancellationToken);
            }
            catch (FileRefusedException ex)
            {
                LogRefused(name);
                result = new ImportResult(null, name, ImportStatus.Failed, 0, 0, 0, 0, 0, ex.Message, TimeSpan.Zero);
            }

            results.Add(result);
            if (moveFiles)
            {
                InboxFolders.MoveAfterImport(file, result, _clock);
            }
        }

        return results;
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

    private sealed class Progress(string file, Action<string, long>? report) : IProgress<long>
    {
        public void Report(long value) => report?.Invoke(file, value);
    }
}
