using System.Data;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// One powerbi run in the warehouse's run log. It is recorded as running before Power BI is called, so a
/// run killed mid-way still shows (the next verb marks it interrupted), then closed as succeeded or
/// failed, with what Power BI answered in <c>etl.powerbi_run</c> and <c>etl.powerbi_push_table</c>.
/// </summary>
internal sealed class PowerBIRunRecord
{
    private readonly DuckDBConnection _connection;
    private readonly RunLog _runLog;
    private readonly PowerBIOperation _operation;
    private readonly string _workspaceId;
    private readonly string? _datasetName;

    private PowerBIRunRecord(DuckDBConnection connection, RunLog runLog, long runId, PowerBIOperation operation, string workspaceId, string? datasetName)
    {
        _connection = connection;
        _runLog = runLog;
        RunId = runId;
        _operation = operation;
        _workspaceId = workspaceId;
        _datasetName = datasetName;
    }

    public long RunId { get; }

    public static PowerBIRunRecord Start(
        DuckDBConnection connection, TimeProvider clock, PowerBIOperation operation, string workspaceId, string? datasetName)
    {
        var runLog = new RunLog(connection, clock);
        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var runId = runLog.Start(PowerBIPublisher.RunKind, sourceFile: null, sourceHash: null, profileName: null, asOf, forced: false);
        return new PowerBIRunRecord(connection, runLog, runId, operation, workspaceId, datasetName);
    }

    /// <summary>Closes the run as succeeded; rows pushed count as read and loaded.</summary>
    public void Succeed(PowerBIPublishResult result)
    {
        using var transaction = _connection.BeginTransaction();
        _runLog.Succeed(RunId, new RunCounts(result.RowsPushed, result.RowsPushed, 0, 0, 0), transaction);
        WriteDetails(result, transaction);
        transaction.Commit();
    }

    /// <summary>Closes the run as failed with the reason, keeping what was pushed before the failure.</summary>
    public void Fail(PowerBIPublishResult result)
    {
        using (var transaction = _connection.BeginTransaction())
        {
            WriteDetails(result, transaction);
            transaction.Commit();
        }

        _runLog.Fail(RunId, result.Message ?? result.Outcome);
    }

    private void WriteDetails(PowerBIPublishResult result, IDbTransaction transaction)
    {
        _connection.Execute(
            """
            INSERT INTO etl.powerbi_run (run_id, operation, workspace_id, dataset_id, dataset_name, request_id, outcome, service_error)
            VALUES ($run_id, $operation, $workspace_id, $dataset_id, $dataset_name, $request_id, $outcome, $service_error)
            """,
            new
            {
                run_id = RunId,
                operation = _operation.ToString().ToLowerInvariant(),
                workspace_id = _workspaceId,
                dataset_id = result.DatasetId,
                dataset_name = _datasetName,
                request_id = result.Refresh?.RequestId,
                outcome = result.Outcome,
                service_error = result.Message,
            },
            transaction);
        foreach (var table in result.Tables)
        {
            _connection.Execute(
                """
                INSERT INTO etl.powerbi_push_table (run_id, table_name, rows_pushed, requests, truncated_values, throttled_seconds)
                VALUES ($run_id, $table_name, $rows_pushed, $requests, $truncated_values, $throttled_seconds)
                """,
                new
                {
                    run_id = RunId,
                    table_name = table.Table,
                    rows_pushed = table.Rows,
                    requests = table.Requests,
                    truncated_values = table.TruncatedValues,
                    throttled_seconds = table.Throttled.TotalSeconds,
                },
                transaction);
        }
    }
}
