namespace ComplaintsAnalytics.Etl.Sen2;

/// <summary>
/// One of DfE's "Education, health and care plans" tables, recognised by its key measure column.
/// <paramref name="IsJanuaryCount"/>: plans in place are counted in January; the others over a calendar year.
/// </summary>
public sealed record Sen2Table(string Category, string KeyMeasure, IReadOnlyList<string> Measures, bool IsJanuaryCount, string Description)
{
    private static readonly string[] Placements = ["mainstream_total", "special_total", "ap_pru_total", "fe_total", "neet", "placement_unknown"];

    public static readonly IReadOnlyList<Sen2Table> All =
    [
        new("plans_in_place", "ehcplans", ["ehcplans", .. Placements], true, "EHC plans in place in January"),
        new("new_plans", "new_ehc_plans", ["new_ehc_plans", .. Placements], false, "new EHC plans in the calendar year"),
        new("timeliness", "plans_issued_within_20_weeks",
            ["plans_issued_den", "plans_issued_within_20_weeks", "pc_plans_issued_within_20_weeks", "plans_issued_den_ex",
             "plans_issued_20_weeks_ex", "pc_plans_issued_20_weeks_ex", "avg_weeks_issue_plan", "avg_weeks_issue_plan_exc"],
            false, "EHC plans issued within 20 weeks in the calendar year"),
        new("requests", "requests_received_in_year",
            ["requests_received_in_year", "requests_decided_to_assess", "requests_decided_not_to_assess", "requests_withdrawn",
             "request_outcome_six_weeks", "request_outcome_six_weeks_pc", "mediation_related_request", "tribunal_related_request"],
            false, "requests for an EHC needs assessment in the calendar year"),
    ];
}
