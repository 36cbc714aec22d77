namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>Table names of <see cref="StatisticsFact"/>: the only text ever put into the load's SQL templates.</summary>
internal static class StatisticsFactTable
{
    public static string Name(StatisticsFact fact) => fact switch
    {
        StatisticsFact.Referrals => "dw.fact_referrals",
        StatisticsFact.Ehcp => "dw.fact_ehcp",
        StatisticsFact.Ombudsman => "dw.fact_ombudsman",
        StatisticsFact.PublishedMeasure => "dw.fact_published_measure",
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, null),
    };
}
