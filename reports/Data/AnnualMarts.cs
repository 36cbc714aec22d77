using System.Data;
using Dapper;

namespace ComplaintsAnalytics.Reports.Data;

/// <summary>
/// Reads the <c>mart.annual_*</c> views for one council and the years a report shows. The report only
/// formats what these return: every figure, change and direction is computed in the views.
/// </summary>
public sealed class AnnualMarts
{
    private readonly IDbConnection _connection;
    private readonly ReportScope _scope;
    private readonly Dictionary<string, object> _read = new(StringComparer.Ordinal);

    public AnnualMarts(IDbConnection connection, ReportScope scope)
    {
        _connection = connection;
        _scope = scope;
    }

    public IReadOnlyList<TrendRow> Representations() => Once(nameof(Representations), () => Trend("""
        SELECT representation_type AS Key, type_name AS Label, sort_order AS SortOrder, financial_year AS Year,
               CAST(received AS DOUBLE) AS Value, change_pct AS ChangePct, direction AS Direction
        FROM mart.annual_representations WHERE la_code = $la
        """));

    public IReadOnlyList<TrendRow> StageVolumes() => Trend("""
        SELECT procedure || '_stage' || CAST(stage AS VARCHAR) AS Key, stage_label AS Label, sort_order AS SortOrder,
               financial_year AS Year, CAST(received AS DOUBLE) AS Value, change_pct AS ChangePct, direction AS Direction
        FROM mart.annual_complaints_by_stage WHERE la_code = $la
        """);

    public IReadOnlyList<StageRow> Stages() => Once(nameof(Stages), () => InScope(_connection.Query<StageRow>("""
        SELECT financial_year AS Year, procedure AS Procedure, CAST(stage AS INTEGER) AS Stage, stage_label AS StageLabel,
               stage_name AS StageName, sort_order AS SortOrder, received AS Received, escalated AS Escalated,
               escalated_pct AS EscalatedPct, compensated AS Compensated, compensation_paid AS CompensationPaid
        FROM mart.annual_complaints_by_stage WHERE la_code = $la
        ORDER BY sort_order, financial_year
        """, Parameters), r => r.Year));

    public IReadOnlyList<TrendRow> ServiceAreas() => Trend("""
        SELECT service_area AS Key, service_area_name AS Label, sort_order AS SortOrder, financial_year AS Year,
               CAST(complaints AS DOUBLE) AS Value, change_pct AS ChangePct, direction AS Direction
        FROM mart.annual_complaints_by_service_area WHERE la_code = $la
        """);

    public IReadOnlyList<TrendRow> Teams() => Trend("""
        SELECT service_area || '|' || reporting_team AS Key, reporting_team AS Label,
               CASE service_area WHEN 'social_care' THEN 1 WHEN 'send' THEN 2 WHEN 'education' THEN 3 WHEN 'early_help' THEN 4 ELSE 5 END AS SortOrder,
               financial_year AS Year, CAST(complaints AS DOUBLE) AS Value, change_pct AS ChangePct, direction AS Direction,
               service_area AS Source
        FROM mart.annual_complaints_by_team WHERE la_code = $la
        """);

    public IReadOnlyList<OutcomeRow> Outcomes() => Once(nameof(Outcomes), () => InScope(_connection.Query<OutcomeRow>("""
        SELECT financial_year AS Year, procedure AS Procedure, CAST(stage AS INTEGER) AS Stage, stage_label AS StageLabel,
               outcome AS Outcome, outcome_name AS OutcomeName, sort_order AS SortOrder, complaints AS Complaints,
               closed AS Closed, share_pct AS SharePct, direction AS Direction
        FROM mart.annual_outcomes WHERE la_code = $la
        ORDER BY procedure DESC, stage, sort_order, financial_year
        """, Parameters), r => r.Year));

    public IReadOnlyList<TimelinessRow> Timeliness() => Once(nameof(Timeliness), () => InScope(_connection.Query<TimelinessRow>("""
        SELECT financial_year AS Year, procedure AS Procedure, CAST(stage AS INTEGER) AS Stage, stage_label AS StageLabel,
               sort_order AS SortOrder, timescale_working_days AS TimescaleWorkingDays, max_working_days AS MaxWorkingDays,
               responses AS Responses, within_timescale AS WithinTimescale, within_pct AS WithinPct, extended AS Extended,
               extended_pct AS ExtendedPct, average_working_days AS AverageWorkingDays,
               previous_within_pct AS PreviousWithinPct, direction AS Direction
        FROM mart.annual_timeliness WHERE la_code = $la
        ORDER BY sort_order, financial_year
        """, Parameters), r => r.Year));

    public IReadOnlyList<ThemeRow> Themes() => Once(nameof(Themes), () => InScope(_connection.Query<ThemeRow>("""
        SELECT financial_year AS Year, theme_code AS ThemeCode, theme_name AS ThemeName, sort_order AS SortOrder,
               raised AS Raised, complaints AS Complaints, upheld_or_partly AS UpheldOrPartly, upheld_pct AS UpheldPct,
               change_pct AS ChangePct, direction AS Direction
        FROM mart.annual_themes WHERE la_code = $la
        ORDER BY sort_order, financial_year
        """, Parameters), r => r.Year));

    public IReadOnlyList<TrendRow> ComplainantTypeVolumes() => Trend("""
        SELECT complainant_type AS Key, complainant_type_name AS Label, sort_order AS SortOrder, financial_year AS Year,
               CAST(complaints AS DOUBLE) AS Value, change_pct AS ChangePct, direction AS Direction
        FROM mart.annual_complainant_types WHERE la_code = $la
        """);

    public IReadOnlyList<ComplainantTypeRow> ComplainantTypes() => InScope(_connection.Query<ComplainantTypeRow>("""
        SELECT financial_year AS Year, complainant_type AS ComplainantType, complainant_type_name AS ComplainantTypeName,
               is_child AS IsChild, sort_order AS SortOrder, complaints AS Complaints, with_advocate AS WithAdvocate
        FROM mart.annual_complainant_types WHERE la_code = $la
        ORDER BY sort_order, financial_year
        """, Parameters), r => r.Year);

    public IReadOnlyList<TrendRow> ReceiptMethods() => Trend("""
        SELECT receipt_method AS Key, receipt_method_name AS Label, sort_order AS SortOrder, financial_year AS Year,
               CAST(complaints AS DOUBLE) AS Value, change_pct AS ChangePct, direction AS Direction
        FROM mart.annual_receipt_methods WHERE la_code = $la
        """);

    public IReadOnlyList<TrendRow> Rejections() => Trend("""
        SELECT reason AS Key, reason AS Label, 0 AS SortOrder, financial_year AS Year,
               CAST(rejected AS DOUBLE) AS Value, change_pct AS ChangePct, direction AS Direction
        FROM mart.annual_rejections WHERE la_code = $la
        """);

    public IReadOnlyList<TrendRow> ComplimentsByTeam() => Trend("""
        SELECT reporting_team AS Key, reporting_team AS Label, 0 AS SortOrder, financial_year AS Year,
               CAST(compliments AS DOUBLE) AS Value, change_pct AS ChangePct, direction AS Direction
        FROM mart.annual_compliments_by_team WHERE la_code = $la
        """);

    public IReadOnlyList<EnquiryRow> Enquiries() => InScope(_connection.Query<EnquiryRow>("""
        SELECT financial_year AS Year, representation_type AS RepresentationType, type_name AS TypeName, sort_order AS SortOrder,
               received AS Received, answered AS Answered, within_20_days AS Within20Days, within_20_days_pct AS Within20DaysPct,
               average_working_days AS AverageWorkingDays, previous_average_working_days AS PreviousAverageWorkingDays,
               direction AS Direction
        FROM mart.annual_enquiry_responses WHERE la_code = $la
        ORDER BY sort_order, financial_year
        """, Parameters), r => r.Year);

    public IReadOnlyList<TrendRow> Ombudsman() => Measures("mart.annual_ombudsman");

    public IReadOnlyList<TrendRow> Context() => Measures("mart.annual_context");

    public IReadOnlyList<NeighbourRateRow> NeighbourRates() => InScope(_connection.Query<NeighbourRateRow>("""
        SELECT financial_year AS Year, compared_la_code AS ComparedLaCode, compared_la_name AS ComparedLaName, role AS Role,
               neighbour_rank AS NeighbourRank, value AS Value, suppressed AS Suppressed, flag AS Flag,
               neighbour_median AS NeighbourMedian, england_median AS EnglandMedian
        FROM mart.annual_neighbour_rates WHERE la_code = $la
        ORDER BY financial_year, neighbour_rank
        """, Parameters), r => r.Year);

    public IReadOnlyList<LearningRow> Learning() => [.. _connection.Query<LearningRow>("""
        SELECT financial_year AS Year, stage_label AS StageLabel, service_area AS ServiceArea, reporting_team AS ReportingTeam,
               outcome_name AS OutcomeName, themes AS Themes, received_date AS ReceivedDate, learning AS Learning
        FROM mart.annual_learning WHERE la_code = $la AND financial_year = $period
        ORDER BY service_area, reporting_team, received_date, stage_label
        """, Parameters)];

    private object Parameters => new { la = _scope.LaCode, period = _scope.Period };

    // Several sections read the same view (the summary reads five); each is read once per report.
    private T Once<T>(string view, Func<T> read)
        where T : class
    {
        if (!_read.TryGetValue(view, out var rows))
        {
            rows = read();
            _read[view] = rows;
        }

        return (T)rows;
    }

    private List<TrendRow> Measures(string view) => Trend($"""
        SELECT measure AS Key, measure_name AS Label, sort_order AS SortOrder, financial_year AS Year, value AS Value,
               change_pct AS ChangePct, change_points AS ChangePoints, direction AS Direction, unit AS Unit,
               decimals AS Decimals, source AS Source
        FROM {view} WHERE la_code = $la
        """);

    private List<TrendRow> Trend(string sql) =>
        InScope(_connection.Query<TrendRow>(sql + " ORDER BY SortOrder, Label, Year", Parameters), r => r.Year);

    private List<T> InScope<T>(IEnumerable<T> rows, Func<T, string> year) =>
        [.. rows.Where(r => _scope.Years.Contains(year(r)))];
}
