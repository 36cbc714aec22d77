namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>Whether an Excel number format shows a date or time, so that a cell's serial number is read as a date.</summary>
internal static class NumberFormat
{
    /// <summary>
    /// Excel's built-in date and time formats: 14-22 (d/m/yyyy ... d/m/yyyy h:mm), 45 and 47 (mm:ss), and the East Asian
    /// date formats 27-36 and 50-58. 46 ([h]:mm:ss) is a duration, read as a number.
    /// </summary>
    public static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or 45 or 47 or (>= 50 and <= 58);

    /// <summary>
    /// True when a custom format code has a date or time part (d, m, y, h or s) outside quoted text, escaped characters
    /// and bracketed sections such as colours, conditions and elapsed-time units.
    /// </summary>
    public static bool ShowsDate(string formatCode)
    {
        // Only the first section counts: it is the one for positive numbers, which dates are.
        var quoted = false;
        var bracketed = false;
        for (var i = 0; i < formatCode.Length; i++)
        {
            var c = formatCode[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }

            if (bracketed)
            {
                bracketed = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case '[':
                    bracketed = true;
                    break;
                case '\\':
                case '_':
                case '*':
                    i++;
                    break;
                case ';':
                    return false;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }
}
