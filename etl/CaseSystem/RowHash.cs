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
    [ThreadStatic]
    private static StringBuilder? _buffer;

    public static string Of(ConformedCase row)
    {
        var text = _buffer ??= new StringBuilder(1024);
        text.Clear();
        Append(text, row.RecordKind);
        Append(text, row.RepresentationType);
        Append(text, row.Procedure);
        Append(text, row.Stage);
        Append(text, row.ReceivedDate);
        Append(text, row.ExtendedDueDate);
        Append(text, row.RespondedDate);
        Append(text, row.BaseDeadlineDate);
        Append(text, row.DeadlineDate);
        Append(text, row.ClockPausedDays);
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

        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    // A unit separator between fields and a distinct marker for null keep "a|" + "b" apart from "a" + "|b".
    private static void Append<T>(StringBuilder text, T? value) =>
        text.Append(value is null ? "\u2400" : Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\u001f');
}
