using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Jobs.Scheduling.Jobs;

/// <summary>What a step gets: the warehouse (open, migrated, and held by this run alone), the job run and the run date.</summary>
internal sealed record StepContext(DuckDBConnection Connection, long JobRunId, string JobName, DateOnly AsOf);
