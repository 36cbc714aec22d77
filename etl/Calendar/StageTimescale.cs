namespace ComplaintsAnalytics.Etl.Calendar;

/// <summary>The timescale of one stage of a complaints procedure, in working days.</summary>
/// <param name="Procedure"><c>statutory</c> or <c>corporate</c>.</param>
/// <param name="Stage">The stage number, from 1.</param>
/// <param name="BaseWorkingDays">The deadline without an extension.</param>
/// <param name="MaxWorkingDays">The longest the guidance allows with an extension (equal to the base where there is none).</param>
public sealed record StageTimescale(string Procedure, int Stage, int BaseWorkingDays, int MaxWorkingDays);
