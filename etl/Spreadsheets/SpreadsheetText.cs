namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>
/// Makes text safe to put in a cell of a spreadsheet or CSV someone will open in Excel: text starting
/// with <c>= + - @</c>, tab or carriage return would be read as a formula (CSV injection), so it gets a
/// leading apostrophe, the way Excel itself marks text.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>The text, with a leading apostrophe when Excel would otherwise treat it as a formula.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
