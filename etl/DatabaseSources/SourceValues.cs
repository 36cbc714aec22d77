using System.Globalization;
using System.Numerics;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// Turns a data reader's values into the values an <see cref="Spreadsheets.ITabularReader"/> gives
/// (string, double, DateTime, bool or null), so a query's rows conform exactly as a file's cells do.
/// </summary>
internal static class SourceValues
{
    // Whole numbers beyond 2^53 would lose digits as a double (a long numeric case reference): keep them as text.
    private const long LargestExactDouble = 9_007_199_254_740_992;

    public static object? ToCell(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        double d => d,
        DateTime dt => dt,
        bool b => b,
        int i => (double)i,
        long l => Whole(l),
        decimal m => (double)m,
        float f => (double)f,
        short s => (double)s,
        byte b => (double)b,
        sbyte b => (double)b,
        ushort u => (double)u,
        uint u => (double)u,
        ulong u => u <= LargestExactDouble ? (double)u : u.ToString(CultureInfo.InvariantCulture),
        BigInteger big => BigInteger.Abs(big) <= LargestExactDouble ? (double)big : big.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset dto => dto.DateTime,
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        char c => c.ToString(),
        Guid g => g.ToString("D"),
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static object Whole(long value) =>
        value is >= -LargestExactDouble and <= LargestExactDouble ? (double)value : value.ToString(CultureInfo.InvariantCulture);
}
