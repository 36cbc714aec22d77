using System.Diagnostics;
using System.Globalization;

namespace ComplaintsAnalytics.Jobs.Bench;

/// <summary>
/// The process's peak resident memory for one phase. On Linux the peak (VmHWM) is reset before the
/// phase by writing 5 to /proc/self/clear_refs; elsewhere it is the whole process's peak so far.
/// </summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        // Aggressive: the heap an earlier phase grew (generating a file, reading it alone) is given back to the
        // system, so the phase measured starts from about what a fresh process would hold.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not Linux, or not allowed: fall back to the process-wide peak.
        }
    }

    public static double Megabytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kilobytes = long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
                return kilobytes / 1024.0;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Fall through to the portable figure.
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }
}
