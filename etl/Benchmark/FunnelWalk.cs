namespace ComplaintsAnalytics.Etl.Benchmark;

/// <summary>
/// One walk up a cumulative distribution answering every probability at once: the first r whose
/// cumulative probability reaches p, interpolated back by (F(r) - p) / (F(r) - F(r - 1)).
/// </summary>
internal struct FunnelWalk
{
    private readonly IReadOnlyList<double> _probabilities;
    private readonly double[] _result;
    private readonly bool[] _found;
    private double _cumulative;
    private int _remaining;

    public FunnelWalk(IReadOnlyList<double> probabilities, double[] result)
    {
        _probabilities = probabilities;
        _result = result;
        _found = new bool[probabilities.Count];
        _remaining = probabilities.Count;
    }

    /// <summary>Adds P(X = r); false once every probability has its quantile.</summary>
    public bool Step(int r, double pmf)
    {
        _cumulative += pmf;
        for (var i = 0; i < _result.Length; i++)
        {
            if (!_found[i] && _cumulative >= _probabilities[i])
            {
                _result[i] = r - (_cumulative - _probabilities[i]) / pmf;
                _found[i] = true;
                _remaining--;
            }
        }

        return _remaining > 0;
    }

    /// <summary>The quantiles; any never reached (mass beyond the walk) are the last count.</summary>
    public readonly double[] Finish(int high)
    {
        for (var i = 0; i < _result.Length; i++)
        {
            if (!_found[i])
            {
                _result[i] = high;
            }
        }

        return _result;
    }
}
