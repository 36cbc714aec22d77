using System.Globalization;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

/// <summary>ISO date strings for theory data, which cannot hold a DateOnly.</summary>
internal static class Day
{
    public static DateOnly Iso(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
