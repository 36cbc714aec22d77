using System.Data;
using System.Diagnostics;
using System.Text;
using ComplaintsAnalytics.Reports.Data;
using ComplaintsAnalytics.Reports.Document;
using ComplaintsAnalytics.Reports.Rendering;
using ComplaintsAnalytics.Reports.Sections;
using Microsoft.Extensions.Logging;

namespace ComplaintsAnalytics.Reports;

/// <summary>
/// <c>report annual</c>: the statutory annual report for one council and year, drafted from the
/// warehouse's <c>mart.annual_*</c> views as a Word document or an HTML page with the same content.
/// </summary>
public sealed class AnnualReportGenerator
{
    private readonly ILogger<AnnualReportGenerator> _logger;
    private readonly TimeProvider _clock;
    private readonly AnnualReportOptions _options;

    public AnnualReportGenerator(ILogger<AnnualReportGenerator> logger, TimeProvider clock, AnnualReportOptions options)
    {
        _logger = logger;
        _clock = clock;
        _options = options;
    }

    /// <summary>Builds the report and writes it; the file is replaced only once the whole report has been written.</summary>
    public AnnualReportResult Generate(IDbConnection connection, AnnualReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stopwatch = Stopwatch.StartNew();
        var format = ReportFormats.FromPath(request.OutputPath);
        var scope = ReportScopeResolver.Resolve(connection, request.LaCode, request.Period);
        var suppress = request.SuppressSmallNumbers ?? _options.SuppressSmallNumbers;
        var report = AnnualReportBuilder.Build(connection, scope, suppress, DateOnly.FromDateTime(_clock.GetLocalNow().DateTime));
        var built = stopwatch.ElapsedMilliseconds;

        var path = Path.GetFullPath(request.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite))
            {
                if (format == ReportFormat.Word)
                {
                    WordReportWriter.Write(report, stream);
                }
                else
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                    HtmlReportWriter.Write(report, writer);
                }
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            // A report that failed half-way (a full disk, the file open in Word) leaves the last good one in place.
            File.Delete(partial);
        }
        Log.ReportTimings(_logger, scope.LaCode, scope.Period, built, format, stopwatch.ElapsedMilliseconds - built);
        var blocks = report.Sections.SelectMany(s => s.Blocks).ToList();
        var result = new AnnualReportResult(path, scope.LaCode, scope.AuthorityName, scope.Period, scope.Years, report.Sections.Count,
            blocks.OfType<TableBlock>().Count(), blocks.OfType<ChartBlock>().Count(), suppress, stopwatch.Elapsed);
        Log.ReportWritten(_logger, scope.LaCode, scope.Period, path, result.Tables, result.Charts, suppress, stopwatch.ElapsedMilliseconds);
        return result;
    }
}
