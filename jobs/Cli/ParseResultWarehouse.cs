using ComplaintsAnalytics.Etl.Warehouse;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>The warehouse a verb was pointed at.</summary>
internal sealed record ParseResultWarehouse(WarehouseLocation Location);
