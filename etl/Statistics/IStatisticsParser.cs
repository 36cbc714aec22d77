namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>Reads one kind of statistics file into <see cref="StatisticRow"/>s; refuses a file of the wrong shape.</summary>
public interface IStatisticsParser
{
    /// <summary>The run kind in <c>etl.run</c> (e.g. <c>cin</c>, <c>sen2</c>).</summary>
    string Kind { get; }

    /// <summary>The fact table the rows go to.</summary>
    StatisticsFact Fact { get; }

    /// <summary>
    /// Parses <paramref name="path"/>. Throws <see cref="Spreadsheets.FileRefusedException"/> with a plain
    /// message naming what it looked for when the file is not of this kind.
    /// </summary>
    ParsedStatistics Parse(string path, AuthorityDirectory authorities);
}
