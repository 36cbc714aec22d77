using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>Appends conformed rows to <c>staging.case_row</c> through DuckDB's appender, which commits as it flushes.</summary>
internal sealed class StagingWriter : IDisposable
{
    private readonly DuckDBAppender _appender;
    private readonly long _runId;

    public StagingWriter(DuckDBConnection connection, long runId)
    {
        _appender = connection.CreateAppender("staging", "case_row");
        _runId = runId;
    }

    public void Append(ConformedCase row) =>
        _appender.CreateRow()
            .AppendValue(_runId)
            .AppendValue(row.SourceRow)
            .AppendValue(row.AuthorityKey)
            .AppendValue(row.CaseReference)
            .AppendValue(row.RecordKind)
            .AppendValue(row.RepresentationType)
            .AppendValue(row.Procedure)
            .AppendValue(row.Stage)
            .AppendValue(row.ReceivedDate)
            .AppendValue(row.ExtendedDueDate)
            .AppendValue(row.RespondedDate)
            .AppendValue(row.BaseDeadlineDate)
            .AppendValue(row.DeadlineDate)
            .AppendValue(row.ClockPausedDays)
            .AppendValue(row.WorkingDaysTaken)
            .AppendValue(row.Extended)
            .AppendValue(row.ExtendedBeyondMaximum)
            .AppendValue(row.WithinTimescale)
            .AppendValue(row.ClockStatus)
            .AppendValue(row.ServiceArea)
            .AppendValue(row.Team)
            .AppendValue(row.ComplainantType)
            .AppendValue(row.Advocate)
            .AppendValue(row.ReceiptMethod)
            .AppendValue(row.Category)
            .AppendValue(row.SummaryRedacted)
            .AppendValue(row.LearningRedacted)
            .AppendValue(row.Outcome)
            .AppendValue(row.Escalated)
            .AppendValue(row.Compensation)
            .AppendValue(row.Reason)
            .AppendValue(RowHash.Of(row))
            .AppendValue(row.TimescaleWorkingDays)
            .AppendValue(row.CodedThemes)
            .EndRow();

    public void Dispose() => _appender.Dispose();
}
