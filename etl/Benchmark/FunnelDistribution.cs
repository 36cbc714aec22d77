namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>The distribution of a rate's numerator around the England rate.</summary>
public enum FunnelDistribution
{
    /// <summary>Events counted against a base they are not a subset of (complaints per referral).</summary>
    Poisson,

    /// <summary>A share of a count (stage 2 out of stage 1, upheld out of investigated).</summary>
    Binomial,
}
