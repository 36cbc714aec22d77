namespace ComplaintsAnalytics.Etl.BenchmarkReturns;

/// <summary>The measure codes of the benchmark-returns format (benchmark-returns.md).</summary>
public static class MeasureCatalog
{
    /// <summary>Every code a return may carry: counts, then percentages (0 to 100).</summary>
    public static readonly IReadOnlyList<string> Codes =
    [
        "complaints_statutory_stage1", "complaints_statutory_stage2", "complaints_statutory_stage3",
        "complaints_corporate_stage1", "complaints_corporate_stage2",
        "complaints_social_care_stage1", "complaints_send_stage1", "complaints_total",
        "complaints_rejected", "complaints_withdrawn", "representations_total",
        "enquiries", "member_enquiries", "mp_enquiries", "comments", "compliments", "duty_matters", "informal_representations",
        "lgsco_received", "lgsco_detailed_investigations", "lgsco_upheld",
        "cin_referrals", "ehc_plans_issued", "ehc_needs_assessments_started",
        "pct_statutory_stage1_within_timescale", "pct_corporate_stage1_within_timescale", "pct_all_within_timescale",
        "pct_statutory_stage1_upheld", "pct_statutory_stage1_partially_upheld", "pct_statutory_stage1_not_upheld", "pct_statutory_stage1_withdrawn",
        "pct_corporate_stage1_upheld", "pct_corporate_stage1_partially_upheld", "pct_corporate_stage1_not_upheld", "pct_corporate_stage1_withdrawn",
    ];

    private static readonly HashSet<string> Known = new(Codes, StringComparer.Ordinal);

    public static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>Percentages are shares (0 to 100); everything else is a count.</summary>
    public static bool IsPercentage(string code) => code.StartsWith("pct_", StringComparison.Ordinal);
}
