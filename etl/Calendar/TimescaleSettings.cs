namespace ComplaintsAnalytics.Etl.Calendar;

/// <summary>
/// Stage timescales, bound from configuration. The statutory ones come from the Children Act 1989
/// guidance; the corporate ones are each council's own, so the defaults are only a common choice.
/// </summary>
public sealed class TimescaleSettings
{
    /// <summary>The configuration section these settings bind from.</summary>
    public const string SectionName = "Timescales";

    /// <summary>The statutory (Children Act 1989) procedure.</summary>
    public const string Statutory = "statutory";

    /// <summary>A council's corporate procedure.</summary>
    public const string Corporate = "corporate";

    /// <summary>
    /// The timescales. Configuration binding appends to a list rather than replacing it, so a council's
    /// entries land after the defaults; <see cref="Find"/> therefore takes the last match.
    /// </summary>
    public IList<StageTimescale> Stages { get; set; } = Defaults();

    /// <summary>The default timescales: statutory 10/20, 25/65, 30/30; corporate 20/20, 25/25.</summary>
    public static List<StageTimescale> Defaults() =>
    [
        new(Statutory, 1, 10, 20),
        new(Statutory, 2, 25, 65),
        new(Statutory, 3, 30, 30),
        new(Corporate, 1, 20, 20),
        new(Corporate, 2, 25, 25),
    ];

    /// <summary>The timescale for a procedure's stage (procedure compared ignoring case), or null when none is set.</summary>
    public StageTimescale? Find(string procedure, int stage)
    {
        for (int i = Stages.Count - 1; i >= 0; i--)
        {
            var timescale = Stages[i];
            if (timescale.Stage == stage && string.Equals(timescale.Procedure, procedure, StringComparison.OrdinalIgnoreCase))
            {
                return timescale;
            }
        }

        return null;
    }
}
