using System.CommandLine;
using DuckDB.NET.Data;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary><c>sql "&lt;query&gt;"</c>: run a query against the warehouse and print the rows.</summary>
internal static class SqlCommand
{
    public static Option<string> Format { get; } = new("--format")
    {
        Description = "table (default) or csv.",
        DefaultValueFactory = _ => "table",
    };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The SQL to run, e.g. \"SELECT count(*) FROM dw.fact_complaint_stage\"." };
        Format.AcceptOnlyFromAmong("table", "csv");
        var command = new Command("sql", "Run a SQL query against the warehouse.") { query, Format };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (_, connection) =>
        {
            // Streamed, not materialised: an export of a whole row-level mart starts at once and holds one chunk, not every row.
            using var sql = new DuckDBCommand(parse.GetValue(query)!, connection) { UseStreamingMode = true };
            try
            {
                using var reader = sql.ExecuteReader();
                QueryOutput.Write(reader, parse.GetValue(Format)!);
            }
            catch (Exception ex) when (ex is DuckDBException or OperationCanceledException)
            {
                throw new UserInputException($"The query failed: {QueryOutput.Explain(ex)}", ex);
            }

            return 0;
        }));
        return command;
    }
}
