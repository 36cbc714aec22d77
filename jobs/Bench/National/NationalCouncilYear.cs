namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>One council's financial year in the simulation: its real referrals and the records invented for it.</summary>
internal sealed record NationalCouncilYear(NationalAuthority Authority, int StartYear, long? Referrals, int Records)
{
    /// <summary>DfE's reporting year for this financial year (2024 is 2023/24).</summary>
    public int TimePeriod => StartYear + 1;
}
