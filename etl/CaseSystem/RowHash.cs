using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// The content hash of a conformed row: the same content in a later export is "unchanged". Lineage
/// (file, row) and the as-of clock status are left out on purpose. Computed on the conforming thread,
/// which waits on the reader anyway.
/// </summary>
internal static class RowHash
{
    private const char NullMarker = '\u2400';
    private const char UnitSeparator = '\u001f';

    // Reused per thread: two million rows would otherwise allocate two copies of their text each just to hash it.
    [ThreadStatic]
    private static StringBuilder? _buffer;

    [ThreadStatic]
    private static char[]? _characters;

    [ThreadStatic]
    private static byte[]? _bytes;

    public static string Of(ConformedCase row)
    {
        var text = _buffer ??= new StringBuilder(1024);
        text.Clear();
        Append(text, row.RecordKind);
        Append(text, row.RepresentationType);
        Append(text, row.Procedure);
        Append(text, row.Stage);
        Append(text, (DateOnly?)row.ReceivedDate);
        Append(text, row.ExtendedDueDate);
        Append(text, row.RespondedDate);
        Append(text, row.BaseDeadlineDate);
        Append(text, row.DeadlineDate);
        Append(text, (int?)row.ClockPausedDays);
        Append(text, row.TimescaleWorkingDays);
        Append(text, row.WorkingDaysTaken);
        Append(text, row.Extended);
        Append(text, row.ExtendedBeyondMaximum);
        Append(text, row.WithinTimescale);
        Append(text, row.ServiceArea);
        Append(text, row.Team);
        Append(text, row.ComplainantType);
        Append(text, row.Advocate);
        Append(text, row.ReceiptMethod);
        Append(text, row.Category);
        Append(text, row.SummaryRedacted);
        Append(text, row.LearningRedacted);
        Append(text, row.Outcome);
        Append(text, row.Escalated);
        Append(text, row.Compensation);
        Append(text, row.Reason);
        if (row.CodedThemes is not null)
        {
            // Only when present, so rows without coded themes hash as they did before themes were added.
            Append(text, row.CodedThemes);
        }

        if (_characters is null || _characters.Length < text.Length)
        {
            _characters = new char[Math.Max(text.Length, 1024) * 2];
            _bytes = new byte[Encoding.UTF8.GetMaxByteCount(_characters.Length)];
        }

        text.CopyTo(0, _characters, text.Length);
        var length = Encoding.UTF8.GetBytes(_characters, 0, text.Length, _bytes!, 0);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(_bytes.AsSpan(0, length), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    // A unit separator between fields and a distinct marker for null keep "a|" + "b" apart from "a" + "|b". Values are
    // written as Convert.ToString(value, CultureInfo.InvariantCulture) wrote them when stored hashes were first made.
    private static void Append(StringBuilder text, string? value) =>
        (value is null ? text.Append(NullMarker) : text.Append(value)).Append(UnitSeparator);

    private static void Append(StringBuilder text, bool? value) =>
        (value is null ? text.Append(NullMarker) : text.Append(value.Value ? "True" : "False")).Append(UnitSeparator);

    private static void Append<T>(StringBuilder text, T? value)
        where T : struct, ISpanFormattable =>
        (value is null ? text.Append(NullMarker) : text.Append(CultureInfo.InvariantCulture, $"{value.Value}")).Append(UnitSeparator);
}
