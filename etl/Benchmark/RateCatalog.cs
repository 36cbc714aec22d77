namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>The rates of benchmark-returns.md, plus referrals per 10,000 children from the population estimates.</summary>
public static class RateCatalog
{
    public static readonly IReadOnlyList<RateDefinition> All =
    [
        new("social_care_complaints_per_1000_referrals", "complaints_social_care_stage1", "cin_referrals", 1000, FunnelDistribution.Poisson,
            "Social care stage 1 complaints per 1,000 referrals", "social care stage 1 complaints", "Referrals to children's social care in the year",
            Fallback: "complaints_statutory_stage1", FallbackFlag: "statutory stage 1 used: no social care stage 1 figure"),
        new("statutory_stage1_per_1000_referrals", "complaints_statutory_stage1", "cin_referrals", 1000, FunnelDistribution.Poisson,
            "Statutory stage 1 complaints per 1,000 referrals", "statutory stage 1 complaints", "Referrals to children's social care in the year"),
        new("send_complaints_per_100_ehc_plans", "complaints_send_stage1", "ehc_plans_issued", 100, FunnelDistribution.Poisson,
            "SEND stage 1 complaints per 100 EHC plans issued", "SEND stage 1 complaints", "EHC plans issued in the year"),
        new("escalation_rate_stage2", "complaints_statutory_stage2", "complaints_statutory_stage1", 100, FunnelDistribution.Binomial,
            "Statutory complaints escalated to stage 2 (%)", "statutory stage 2 complaints", "Statutory stage 1 complaints"),
        new("lgsco_uphold_rate", "lgsco_upheld", "lgsco_detailed_investigations", 100, FunnelDistribution.Binomial,
            "Ombudsman detailed investigations upheld (%)", "upheld by the Ombudsman", "Ombudsman detailed investigations"),
        new("referrals_per_10000_children", "cin_referrals", "children_aged_0_17", 10000, FunnelDistribution.Poisson,
            "Referrals to children's social care per 10,000 children", "referrals", "Children aged 0 to 17 (ONS mid-year estimate)"),
    ];

    /// <summary>The rate called <paramref name="code"/>, or null.</summary>
    public static RateDefinition? Find(string code) => All.FirstOrDefault(r => r.Code == code);
}
