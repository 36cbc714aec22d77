using System.Globalization;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// Counts the refreshes that used the shared-capacity quota. The service counts every refresh a day,
/// scheduled and on-demand ones included; we count those started in the last 24 hours, which also
/// covers "today" in any time zone, so we never spend the last slot a scheduled refresh needs.
/// </summary>
internal static class DailyRefreshQuota
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public static IReadOnlyList<RefreshHistoryEntry> Used(IEnumerable<RefreshHistoryEntry> history, DateTimeOffset now) =>
        history.Where(entry => entry.StartTime is { } start && start > now - Window).ToList();

    public static string RefusalMessage(IReadOnlyList<RefreshHistoryEntry> used, int limit, DateTimeOffset now)
    {
        var oldest = used.Min(entry => entry.StartTime!.Value);
        var freeAt = oldest + Window;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Not refreshing: shared capacity allows {limit} refreshes a day (PowerBI:DailyRefreshLimit), scheduled ones " +
            $"included, and {used.Count} started in the last 24 hours (the latest at {used.Max(e => e.StartTime!.Value):yyyy-MM-dd HH:mm} UTC). " +
            $"A slot frees at {freeAt:yyyy-MM-dd HH:mm} UTC, in {Math.Ceiling((freeAt - now).TotalMinutes):0} minutes. " +
            $"Fewer scheduled refreshes, or Premium capacity, lift this.");
    }
}
