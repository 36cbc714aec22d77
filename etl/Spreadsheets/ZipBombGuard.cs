using System.IO.Compression;

namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>
/// Refuses an xlsx whose parts would inflate far beyond any real export before a reader starts on it:
/// a sheet compresses about 5 to 20 times; a zip bomb thousands of times.
/// </summary>
internal static class ZipBombGuard
{
    private const long LargePart = 50L * 1024 * 1024;
    private const double MaxRatio = 100;
    private const long MaxTotal = 8L * 1024 * 1024 * 1024;

    /// <summary>Whether the file is a zip package at all: an xls, an encrypted workbook (an OLE container) or rubbish is not.</summary>
    public static bool IsZip(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        return stream.Read(magic) == 2 && magic[0] == (byte)'P' && magic[1] == (byte)'K';
    }

    /// <summary>Refuses <paramref name="zip"/> when a part would inflate like a zip bomb; reads only the central directory.</summary>
    public static void Check(ZipArchive zip, string fileName)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
            if ((entry.Length > LargePart && ratio > MaxRatio) || total > MaxTotal)
            {
                throw new FileRefusedException(
                    $"{fileName}: the part '{entry.FullName}' would expand to {entry.Length / 1048576:N0} MB from " +
                    $"{entry.CompressedLength / 1024:N0} KB, which no real export does; the file was not read. Export it again from the case system.");
            }
        }
    }
}
