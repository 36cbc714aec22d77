using ComplaintsAnalytics.Etl.CaseSystem;

namespace ComplaintsAnalytics.Jobs.Refresh;

/// <summary>Where an inbox file goes after its import: <c>processed/</c>, or <c>failed/</c> with a note saying why.</summary>
internal static class InboxFolders
{
    public static void MoveAfterImport(string file, ImportResult result, TimeProvider clock)
    {
        var folder = Path.Combine(Path.GetDirectoryName(file)!, result.Status == ImportStatus.Failed ? "failed" : "processed");
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(file));
        if (File.Exists(target))
        {
            target = Path.Combine(folder, $"{clock.GetLocalNow():yyyyMMdd-HHmmss}-{Path.GetFileName(file)}");
        }

        File.Move(file, target);
        if (result.Status == ImportStatus.Failed)
        {
            File.WriteAllText(target + ".error.txt", result.Message + Environment.NewLine);
        }
    }
}
