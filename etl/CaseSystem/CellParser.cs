using System.Globalization;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>Turns spreadsheet cells (text, numbers, Excel dates) into typed values the way councils write them.</summary>
internal sealed class CellParser
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] IsoFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.fff", "yyyy-MM-ddTHH:mm:ssZ"];

    private readonly string[] _formats;

    public CellParser(IEnumerable<string> profileDateFormats)
    {
        _formats = [.. IsoFormats, .. profileDateFormats];
    }

    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Trim() is { Length: > 0 } t ? t : null,
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
    };

    /// <summary>Reads a date from an Excel date cell, an Excel serial number or text in a known format.</summary>
    public bool TryDate(object? value, out DateOnly date)
    {
        date = default;
        switch (value)
        {
            case DateTime dt:
                date = DateOnly.FromDateTime(dt);
                return true;
            case double serial:
                return TrySerial(serial, out date);
            case string s:
                var text = s.Trim();
                // en-GB writes September "Sept"; many systems export "Sep", which the invariant culture reads.
                if (DateTime.TryParseExact(text, _formats, British, DateTimeStyles.AllowWhiteSpaces, out var parsed) ||
                    DateTime.TryParseExact(text, _formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out parsed))
                {
                    date = DateOnly.FromDateTime(parsed);
                    return true;
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && TrySerial(number, out date);
            default:
                return false;
        }
    }

    public static bool TryDecimal(object? value, out decimal amount)
    {
        amount = 0;
        switch (value)
        {
            case double d when double.IsFinite(d) && Math.Abs(d) < 1e12:
                amount = Math.Round((decimal)d, 2);
                return true;
            case string s:
                var cleaned = s.Replace("£", string.Empty, StringComparison.Ordinal)
                    .Replace(",", string.Empty, StringComparison.Ordinal)
                    .Replace("GBP", string.Empty, StringComparison.OrdinalIgnoreCase)
                    .Trim();
                if (decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out amount) && Math.Abs(amount) < 1e10m)
                {
                    amount = Math.Round(amount, 2);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    public static bool TryWholeNumber(object? value, out int number)
    {
        number = 0;
        switch (value)
        {
            case double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue:
                number = (int)d;
                return true;
            case string s:
                return int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
            default:
                return false;
        }
    }

    public static bool? YesNo(string text) => text.ToUpperInvariant() switch
    {
        "YES" or "Y" or "TRUE" or "1" => true,
        "NO" or "N" or "FALSE" or "0" => false,
        _ => null,
    };

    private static bool TrySerial(double serial, out DateOnly date)
    {
        date = default;

        // Excel serials for 1990 to 2100; anything else is not a plausible complaint date.
        if (serial < 32874 || serial > 73051)
        {
            return false;
        }

        date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        return true;
    }
}
