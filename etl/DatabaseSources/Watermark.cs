using System.Buffers.Binary;
using System.Globalization;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// A source's high-water mark: the greatest last-modified date-time or row version a committed pull has
/// read. Stored as text in <c>etl.source_watermark</c> (ISO date-time, or the version as a number).
/// </summary>
public readonly record struct Watermark
{
    private static readonly DateTime TimeFloor = new(1900, 1, 1);

    private Watermark(WatermarkType type, DateTime time, ulong version)
    {
        Type = type;
        Time = time;
        Version = version;
    }

    public WatermarkType Type { get; }

    /// <summary>The date-time, for <see cref="WatermarkType.Timestamp"/>.</summary>
    public DateTime Time { get; }

    /// <summary>The row version, for <see cref="WatermarkType.RowVersion"/>.</summary>
    public ulong Version { get; }

    /// <summary>Where a first pull (or <c>--full</c>) starts: before any plausible row.</summary>
    public static Watermark Floor(WatermarkType type) => new(type, type == WatermarkType.Timestamp ? TimeFloor : default, 0);

    public static Watermark OfTime(DateTime time) => new(WatermarkType.Timestamp, DateTime.SpecifyKind(time, DateTimeKind.Unspecified), 0);

    public static Watermark OfVersion(ulong version) => new(WatermarkType.RowVersion, default, version);

    /// <summary>Reads a stored watermark.</summary>
    public static Watermark Parse(WatermarkType type, string text) =>
        FromValue(type, text) ?? throw new FormatException($"'{text}' is not a {type} watermark.");

    /// <summary>
    /// The watermark a source value stands for: a date-time (DateTime, DateTimeOffset as UTC, DateOnly, ISO
    /// text) or a row version (SQL Server's 8-byte rowversion, any whole number, digits). Null for a null value.
    /// </summary>
    public static Watermark? FromValue(WatermarkType type, object? value)
    {
        if (value is null or DBNull)
        {
            return null;
        }

        return type == WatermarkType.Timestamp ? OfTime(TimeOf(value)) : OfVersion(VersionOf(value));
    }

    /// <summary>Where the next read starts: this watermark less the overlap window, never below the floor.</summary>
    public Watermark Less(WatermarkOptions overlap)
    {
        if (Type == WatermarkType.Timestamp)
        {
            var room = Time - TimeFloor;
            var back = overlap.Overlap < TimeSpan.Zero ? TimeSpan.Zero : overlap.Overlap > room ? room : overlap.Overlap;
            return OfTime(Time - back);
        }

        var versions = (ulong)Math.Max(0, overlap.OverlapVersions);
        return OfVersion(Version > versions ? Version - versions : 0);
    }

    public bool IsAfter(Watermark other) => Type == WatermarkType.Timestamp ? Time > other.Time : Version > other.Version;

    /// <summary>The value bound to the query's <c>since</c> parameter, in the type the provider compares with the column.</summary>
    public object ParameterValue(SourceProvider provider)
    {
        if (Type == WatermarkType.Timestamp)
        {
            return Time;
        }

        if (provider == SourceProvider.SqlServer)
        {
            // rowversion is binary(8), big-endian; SQL Server converts it for a bigint column too.
            var bytes = new byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(bytes, Version);
            return bytes;
        }

        return checked((long)Version);
    }

    public override string ToString() => Type == WatermarkType.Timestamp
        ? Time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture)
        : Version.ToString(CultureInfo.InvariantCulture);

    private static DateTime TimeOf(object value) => value switch
    {
        DateTime dt => dt,
        DateTimeOffset dto => dto.UtcDateTime,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        string s when DateTime.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => throw new FormatException($"The watermark value '{value}' ({value.GetType().Name}) is not a date-time."),
    };

    private static ulong VersionOf(object value) => value switch
    {
        byte[] { Length: 8 } bytes => BinaryPrimitives.ReadUInt64BigEndian(bytes),
        ulong u => u,
        long l when l >= 0 => (ulong)l,
        int i when i >= 0 => (ulong)i,
        short s when s >= 0 => (ulong)s,
        decimal m when m >= 0 && m == decimal.Truncate(m) && m <= ulong.MaxValue => (ulong)m,
        double d when d >= 0 && d == Math.Floor(d) && d < 1.8e19 => (ulong)d,
        System.Numerics.BigInteger b when b >= 0 && b <= ulong.MaxValue => (ulong)b,
        string s when ulong.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new FormatException($"The watermark value '{value}' ({value.GetType().Name}) is not a row version (a whole number 0 or more, or an 8-byte rowversion)."),
    };
}
