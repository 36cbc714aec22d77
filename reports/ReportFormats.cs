using ComplaintsAnalytics.Reports.Data;

namespace ComplaintsAnalytics.Reports;

/// <summary>Which format an output path asks for.</summary>
public static class ReportFormats
{
    public static ReportFormat FromPath(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".DOCX" => ReportFormat.Word,
        ".HTML" or ".HTM" => ReportFormat.Html,
        _ => throw new ReportScopeException($"--out {path}: the report is written as .docx (Word) or .html; name the file with one of those extensions."),
    };
}
