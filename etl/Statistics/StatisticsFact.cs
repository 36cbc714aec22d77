namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>The fact tables that hold published statistics; they share one shape.</summary>
public enum StatisticsFact
{
    /// <summary><c>dw.fact_referrals</c>: CIN referrals and child population.</summary>
    Referrals,

    /// <summary><c>dw.fact_ehcp</c>: EHC plans (SEN2).</summary>
    Ehcp,

    /// <summary><c>dw.fact_ombudsman</c>: LGSCO annual review data.</summary>
    Ombudsman,

    /// <summary><c>dw.fact_published_measure</c>: councils' published figures (benchmark returns).</summary>
    PublishedMeasure,
}
