using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace ComplaintsAnalytics.Etl.Spreadsheets;

/// <summary>Opens xlsx, xls and csv files behind one streaming reader interface.</summary>
public static class TabularReaderFactory
{
    static TabularReaderFactory()
    {
        // xls files and Windows-1252 CSVs need the legacy code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// Opens <paramref name="path"/> by its extension. <paramref name="sheetName"/> picks a worksheet
    /// (default the first); <paramref name="headerRow"/> is the 1-based row holding the column names.
    /// Throws <see cref="FileRefusedException"/> with a plain message when the file cannot be read.
    /// </summary>
    public static ITabularReader Open(string path, string? sheetName = null, int headerRow = 1)
    {
        if (!File.Exists(path))
        {
            throw new FileRefusedException($"{path}: the file does not exist.");
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();
        try
        {
            return extension switch
            {
                ".CSV" or ".TXT" => CsvTabularReader.Open(path, headerRow),
                ".XLSX" or ".XLSM" => OpenWorkbook(path, sheetName, headerRow),
                ".XLS" => ExcelTabularReader.Open(path, sheetName, headerRow),
                _ => throw new FileRefusedException(
                    $"{Path.GetFileName(path)}: unsupported file type '{extension}'. Export the case list as .xlsx, .xls or .csv."),
            };
        }
        catch (InvalidPasswordException ex)
        {
            throw new FileRefusedException(
                $"{Path.GetFileName(path)}: the workbook is password-protected. Save a copy without a password (File > Info > Protect Workbook) and load that.", ex);
        }
        catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or IOException
            or ArgumentException or FormatException or InvalidOperationException
            or NotSupportedException or System.Xml.XmlException)
        {
            throw new FileRefusedException(
                $"{Path.GetFileName(path)}: the file cannot be read as {extension.TrimStart('.').ToLowerInvariant()} ({ex.Message}). " +
                "Check it opens in Excel, is not password-protected, and was saved completely.", ex);
        }
    }

    /// <summary>
    /// Opens an xlsx or xls workbook with ExcelDataReader, as imports read xlsx before <see cref="XlsxSheetReader"/>: the
    /// benchmarks' reference for reading files alone. Imports use <see cref="Open"/>.
    /// </summary>
    public static ITabularReader OpenWithExcelDataReader(string path) => ExcelTabularReader.Open(path, null, 1);

    /// <summary>
    /// An xlsx package is read in one pass by <see cref="XlsxSheetReader"/> (which refuses a zip bomb first); anything else
    /// (an encrypted workbook is an OLE container) by ExcelDataReader, which says what it is.
    /// </summary>
    private static ITabularReader OpenWorkbook(string path, string? sheetName, int headerRow) =>
        ZipBombGuard.IsZip(path)
            ? XlsxSheetReader.Open(path, sheetName, headerRow)
            : ExcelTabularReader.Open(path, sheetName, headerRow);
}
