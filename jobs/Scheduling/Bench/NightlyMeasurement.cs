namespace ComplaintsAnalytics.Jobs.Scheduling.Bench;

/// <summary>One benchmark night: what the Nightly chain did and how long it took, end to end.</summary>
internal sealed record NightlyMeasurement(string Scenario, int FilesLoaded, int FilesSkipped, long Read, long Loaded, long Updated, long Unchanged, double Seconds);
