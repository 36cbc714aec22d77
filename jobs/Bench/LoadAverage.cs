namespace ComplaintsAnalytics.Jobs.Bench;

/// <summary>The machine's one-minute load average, printed beside benchmark figures so a busy machine shows.</summary>
internal static class LoadAverage
{
    /// <summary>The load average now, as Linux reports it, or "n/a" where there is no <c>/proc/loadavg</c>.</summary>
    public static string Now()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
