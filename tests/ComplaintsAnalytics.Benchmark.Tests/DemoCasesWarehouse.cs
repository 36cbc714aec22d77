namespace ComplaintsAnalytics.Benchmark.Tests;

/// <summary>One warehouse holding the demo council's case export, shared by the tests that read its measures.</summary>
public sealed class DemoCasesWarehouse : IDisposable
{
    public DemoCasesWarehouse()
    {
        Warehouse = new TemporaryWarehouse();
        Warehouse.LoadDemoCases();
    }

    public TemporaryWarehouse Warehouse { get; }

    public void Dispose() => Warehouse.Dispose();
}
