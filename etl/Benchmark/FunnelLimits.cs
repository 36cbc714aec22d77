namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>
/// Control limits around the England rate for a council of a given size (Spiegelhalter, "Funnel plots
/// for comparing institutional performance", Statistics in Medicine 2005, the method Public Health
/// England's funnel-plot guidance uses): for a probability p, r is the smallest count whose cumulative
/// probability reaches p under Poisson(theta * n) or Binomial(n, theta); the limit interpolates between
/// r - 1 and r, <c>(r - alpha) / n</c> with <c>alpha = (F(r) - p) / (F(r) - F(r - 1))</c>, so limits move
/// smoothly with n. 95% limits use p = 0.025 and 0.975, 99.8% limits 0.001 and 0.999. A small council's
/// limits are wide, so it is not called an outlier on noise.
/// </summary>
public static class FunnelLimits
{
    // The mass more than 7 standard deviations below the mean (under 1e-11) does not move a limit.
    private const double Tail = 7;
    private static readonly double[] Probabilities = [0.025, 0.975, 0.001, 0.999];
    private static readonly double[] SmallLogFactorials = BuildSmallLogFactorials();

    /// <summary>The four limits for denominator <paramref name="n"/> and England rate <paramref name="theta"/> (per unit), times <paramref name="scale"/>.</summary>
    public static FunnelLimit For(FunnelDistribution distribution, double theta, double n, double scale)
    {
        var counts = distribution == FunnelDistribution.Poisson ? PoissonLimits(theta * n, Probabilities) : BinomialLimits((int)Math.Round(n), theta, Probabilities);
        double Rate(double count) => Math.Max(0, count) / n * scale;
        return new FunnelLimit(Rate(counts[0]), Rate(counts[1]), Rate(counts[2]), Rate(counts[3]));
    }

    /// <summary>The interpolated quantiles of a Poisson count with mean <paramref name="mean"/> (may be below zero: callers clamp).</summary>
    public static double[] PoissonLimits(double mean, IReadOnlyList<double> probabilities)
    {
        var result = new double[probabilities.Count];
        if (mean <= 0)
        {
            return result;
        }

        var low = (int)Math.Max(0, Math.Floor(mean - Tail * Math.Sqrt(mean) - 5));
        var high = (int)Math.Ceiling(mean + Tail * Math.Sqrt(mean) + 5);

        // pmf(k + 1) = pmf(k) * mean / (k + 1): one multiplication a step after the first term.
        var pmf = Math.Exp(low * Math.Log(mean) - mean - LogFactorial(low));
        var walk = new FunnelWalk(probabilities, result);
        for (var r = low; r <= high && walk.Step(r, pmf); r++)
        {
            pmf *= mean / (r + 1);
        }

        return walk.Finish(high);
    }

    /// <summary>The interpolated quantiles of a Binomial(<paramref name="n"/>, <paramref name="theta"/>) count.</summary>
    public static double[] BinomialLimits(int n, double theta, IReadOnlyList<double> probabilities)
    {
        var result = new double[probabilities.Count];
        if (n <= 0 || theta <= 0)
        {
            return result;
        }

        if (theta >= 1)
        {
            Array.Fill(result, n);
            return result;
        }

        var sd = Math.Sqrt(n * theta * (1 - theta));
        var low = (int)Math.Max(0, Math.Floor(n * theta - Tail * sd - 5));
        var high = (int)Math.Min(n, Math.Ceiling(n * theta + Tail * sd + 5));

        // pmf(k + 1) = pmf(k) * (n - k) / (k + 1) * theta / (1 - theta).
        var pmf = Math.Exp(LogFactorial(n) - LogFactorial(low) - LogFactorial(n - low) + low * Math.Log(theta) + (n - low) * Math.Log(1 - theta));
        var odds = theta / (1 - theta);
        var walk = new FunnelWalk(probabilities, result);
        for (var r = low; r <= high && walk.Step(r, pmf); r++)
        {
            pmf *= (double)(n - r) / (r + 1) * odds;
        }

        return walk.Finish(high);
    }

    /// <summary>ln(k!): a table below 256, Stirling's series above (error below 1e-12).</summary>
    public static double LogFactorial(int k)
    {
        if (k < SmallLogFactorials.Length)
        {
            return SmallLogFactorials[k];
        }

        double x = k + 1;
        return (x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x) + 1 / (1260 * Math.Pow(x, 5));
    }

    private static double[] BuildSmallLogFactorials()
    {
        var table = new double[256];
        for (var i = 2; i < table.Length; i++)
        {
            table[i] = table[i - 1] + Math.Log(i);
        }

        return table;
    }
}
