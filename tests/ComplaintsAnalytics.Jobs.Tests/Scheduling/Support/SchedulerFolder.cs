namespace ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;

/// <summary>A temporary warehouse, inbox and profiles folder for one scheduler test, and the settings that point a host at them.</summary>
internal sealed class SchedulerFolder : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public SchedulerFolder()
    {
        Directory.CreateDirectory(Inbox);
        Directory.CreateDirectory(Profiles);
    }

    public string Path => _folder.Path;

    public string Warehouse => _folder.Combine("warehouse.duckdb");

    public string Inbox => _folder.Combine("inbox");

    public string Profiles => _folder.Combine("profiles");

    public static string Fixture(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);

    /// <summary>Settings for a host that runs Nightly on <paramref name="cron"/>, with quick retries and no start-up catch-up.</summary>
    public Dictionary<string, string> Settings(string cron = "0/2 * * * * ?") => new()
    {
        ["Scheduler:Jobs:Nightly:Cron"] = cron,
        ["Scheduler:CatchUpMissedRuns"] = "false",
        ["Scheduler:LockWait"] = "00:00:30",
        ["Scheduler:Retry:MaxAttempts"] = "5",
        ["Scheduler:Retry:InitialDelay"] = "00:00:01",
        ["Scheduler:Retry:Factor"] = "1",
        ["Scheduler:Retry:MaxDelay"] = "00:00:01",
        ["Inbox:InboxPath"] = Inbox,
        ["Inbox:ProfilesPath"] = Profiles,
    };

    /// <summary>Drops a file into the inbox the way an export should arrive: written aside, then renamed in.</summary>
    public string Drop(string source, string? name = null)
    {
        var target = System.IO.Path.Combine(Inbox, name ?? System.IO.Path.GetFileName(source));
        var partial = _folder.Combine(System.IO.Path.GetFileName(target) + ".partial");
        File.Copy(source, partial);
        File.Move(partial, target);
        return target;
    }

    public string Combine(params string[] parts) => _folder.Combine(parts);

    public void Dispose() => _folder.Dispose();
}
