namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>
/// What a parser made of a file: the values to load, the rows it rejected, how many rows it considered
/// (<see cref="RowsRead"/>: every row that is loaded, updated, unchanged or rejected) and how many it left
/// aside on purpose (breakdown rows, other categories, district councils), with a note saying which.
/// </summary>
public sealed class ParsedStatistics
{
    public List<StatisticRow> Rows { get; } = [];

    public List<StatisticReject> Rejects { get; } = [];

    public long RowsRead { get; set; }

    public long RowsLeftAside { get; set; }

    /// <summary>Why rows were left aside, for the run's message; null when none were.</summary>
    public string? LeftAsideNote { get; set; }

    /// <summary>
    /// How many read rows each staged source row stands for. A file of one value per row leaves it at 1;
    /// a CIN census return counts many referrals into one figure.
    /// </summary>
    public long RowsPerStagedRow { get; set; } = 1;
}
